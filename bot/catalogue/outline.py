"""One line of a converted guideline, read on its own: conversion junk, a heading (with the
numbering style that says how deep it sits), a field label, or running text.

Chinese official documents number their outline in a conventional order — 第一部分/第一章,
一、, （一）, 1. (1、 1．), 1.1, （1）, ① — and bureaus add keyword headings (计划一, 专题一,
专项一：, 项目类型N, 重大项目N, 项目N, 方向N, 子方向N, 课题N, 榜单一), a code may lead a heading
(ZY2501　…) or stand on a line of its own (指南代码：…), and some list directions as rows of a
table. This module only recognises those forms; how they nest in one document is decided by the
parser from the order they appear in.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from bot.catalogue import captions
from bot.catalogue.conversions import TABLE_RULE, as_converted
from bot.catalogue.fields import (
    CHANGED_FROM,
    FUNDING_MODES,
    MODE_ALIASES,
    NEWLY_WON,
    applicant_rule,
)
from bot.catalogue.numbers import (
    AT_LEAST,
    AT_MOST,
    LISTED_OPENING,
    PAGE_NUMBER,
    bound_in_words,
    chinese_numeral,
    chinese_to_int,
    normalise,
    opens_next_item,
)

Kind = str  # "plan" | "group" | "direction" | "sub"

BOOKMARK = re.compile(r"\[bookmark:\s*_Toc\d+\]")
CN = "一二三四五六七八九十百零〇两"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# ❶ 重点研发计划: negative (and sans-serif) circled digits, a web page's marks for its top items
DINGBATS = ("❶❷❸❹❺❻❼❽❾❿", "➊➋➌➍➎➏➐➑➒➓", "➀➁➂➃➄➅➆➇➈➉", "⓵⓶⓷⓸⓹⓺⓻⓼⓽⓾")
TERMINAL = "。；;！？!?，,：:"

BARE_NUMBER = re.compile(r"^\d{1,4}$")
TOC_TITLE = re.compile(r"^[【\[［]?目\s*录[】\]］]?$")  # (【目录】: a course page's)
TOC_LINE = re.compile(r"(?:[.．…·_]{3,}|…{2,})\s*\d{1,4}$")
# Title and issuer lines of the cover page: never headings of the outline.
NOT_A_HEADING = re.compile(
    r"指南$|通知$|印发|科学技术局$|科技局$|文件$|〔\d{4}〕|^\d{4}年\d{1,2}月"
    rf"|^[{CN}]{{4}}年[{CN}]{{1,2}}月"
    # 申报单位不限, 须由企业牵头, 企业、高校均可牵头: a rule said alone on its line
    r"|^(?:申报|牵头|承担)(?:单位|主体)(?:类型)?不限$|^须由\S{1,16}牵头|均可(?:牵头|申报)$"
    r"|^(?:合计|小计|总计)$"  # (合　　计: a table's total row, its cells empty)
    # 申报单位须为市级工程技术研究中心依托单位: the applicant's rule, a sentence
    r"|^(?:申报|牵头|承担|依托)(?:单位|企业|主体)(?:须|应|必须)(?:为|是|具有|具备)"
    # 本类项目要求 ⏎ 支持方式：…: a caption over the class's own terms, no direction
    # (分组共性要素： ⏎ 给付方式：…: a 实施清单's group's terms)
    r"|^(?:本类|本组|本专项|本计划|本专题|本领域|本批|各类|共性|分组)(?:项目)?(?:共性)?(?:要求|条件|规定|说明"
    r"|支持标准|支持方式|要素)[:：]?$"
    # 资助要点 over a sidebar's grant, count and period: the box's caption, no direction
    r"|^(?:资助|支持|申报|项目|方向)(?:要点|要素)$"
    # 重点支持智能电气、新能源、铁皮石斛等产业: what the plans fund, said in a sentence
    r"|^(?:重点|主要|优先)支持[^、]{1,12}、.*等")

# ----------------------------------------------------------------------- numbering styles

BRANCHES = "子丑寅卯辰巳午未申酉戌亥"  # the earthly branches, a list's numbers in order

# Conventional depth of each style; keyword headings sit where their word puts them.
LEVELS = {"part": 0.0, "container": 0.0, "plan": 0.5, "一、": 1.0, "bare": 1.0, "group": 1.5,
          "(一)": 2.0, "1 ": 1.0, "1.": 3.0, "1、": 3.0, "direction": 3.2, "1.1": 3.5, "1.1.1": 3.7,
          "1.1.1.1": 3.8,
          "(1)": 4.0,
          "sub": 4.0, "1)": 4.5, "a)": 4.7, "a)-1": 4.8, "①": 5.0, "①-1": 5.5, "I、": 1.0,
          "A.": 3.0, "(A)": 3.0,
          "A1": 4.0, "A1-1": 4.5, "【1】": 3.0, "甲、": 4.0, "No.": 3.0, "1#": 3.0, "§1": 3.0,
          "(子)": 4.0, "子-1": 4.5, "Ⓐ": 3.0, "Ⓐ-i": 4.0, "〈1〉": 3.0,
          "〈1·1〉": 4.0, "I/01": 3.0, "I/01a": 4.0, "01/08": 3.0, "词Ⅰ": 1.5,
          "一是": 1.5, "1-1": 3.5, "1-A": 3.5, "一　": 1.5, "(一)-1": 2.5,
          "计划-01": 3.2, "A ": 1.0, "i.": 3.0, "a.": 4.7, "a ": 4.7, "A类": 1.5,
          "A-I": 3.2, "A-I-1": 4.0, "其一": 4.0, "1A": 4.0, "【·】": 3.5,
          "一.1": 2.0, "一.1.1": 3.2, "一.1.1.1": 4.0, "❶": 1.5, "一)": 2.0, "01 ": 3.0,
          "1-1-1": 4.0, "IA": 2.0, "IA-1": 3.0, "【一】": 0.9}
KEYWORDS: dict[str, Kind] = {
    "子方向": "sub", "细分方向": "sub", "子课题": "sub", "子专题": "direction", "课题": "sub",
    "项目类型": "group",
    "子任务": "sub",  # 任务2 ⏎ 子任务2-1　医用CT探测器模组研制
    "子榜单": "sub",  # 本榜单分设两个子榜单 ⏎ 子榜单3-1：河蟹生态养殖…
    "子项": "sub", "子项目": "sub",  # 本方向设以下2个子项： ⏎ 子项一：…
    "路线": "sub",  # 赛马制: 设以下两条技术路线 ⏎ 路线一：…
    "集群": "group", "主题": "group",  # 集群一：黄金产业集群 / 主题二：乡村振兴（农村科）
    "场景": "direction",  # 应用场景建设项目 ⏎ 场景一：白酒酿造数字化车间（QL25-B01）
    "攻关点": "sub",  # 本方向设以下两个攻关点 ⏎ 攻关点1（DSQ2027-MG02-1）：…
    "重大项目": "group", "项目类别": "group",
    "类别": "group",  # 类别一　重点研发计划（工业领域） ⏎ 表1-0　共性要素表 ⏎ 事项1　…
    "计划": "plan", "专项": "plan", "专题": "group", "方向": "direction", "项目": "group",
    "榜单": "direction",  # 揭榜挂帅: 榜单一　…
    "领域": "group",  # 领域一　数字经济
    "产业链": "group",  # 产业链一：纺织鞋服产业链
    "链": "group",  # 链一｜铝型材及金属新材料产业链
    "专栏": "group",  # 专栏1　煤炭安全绿色智能开采: a box of directions
    "赛道": "group",  # 赛道一　创新药与高端医疗器械（牵头科室：…）: a track of tasks
    "研究方向": "direction", "重点任务": "direction", "任务": "direction",
    "需求": "direction", "技术需求": "direction",  # 需求1：… (产业链 technology needs)
    "板块": "plan",  # 第一板块　产业技术创新 (read as 板块一)
    "模块": "plan",  # 模块一　小家电产业关键技术攻关
    "单元": "group", "行动": "group", "工程": "group", "系列": "group",  # 行动一　科技惠民
    "补助事项": "direction", "奖补事项": "direction", "扶持事项": "direction",
    "项目包": "group",  # 项目包一　天然气化工与新材料（归口科室：…）: directions in a package
    # a call worded as a tender (招标公告, 比选公告): 第一包 ⏎ 标段1-1　… (a package of lots)
    "包": "group", "标段": "direction",
    "选题": "direction",  # 选题1：…研究（LHK2020-RK01）: a 软科学 plan's topics
    "事项": "direction", "支持事项": "direction",  # 事项一　研发费用增量补助 (a 专项资金's items)
    "服务事项": "direction",  # 服务事项01　人参精深加工… (a 政策服务包's items)
    "分组": "group",  # 【分组一】区级重点研发计划 ⏎ 分组共性要素：…: a 实施清单's group of items
}
# Keywords whose heading is a heading whatever follows; 课题N. is often a numbered sentence.
TITLED_KEYWORDS = ("课题", "子课题")
PLAN_WORDS = re.compile(r"(计划|专项|后补助)$")  # bare headings: 奖励性后补助 is a plan
NUMBERED_PLAN_WORDS = re.compile(r"(计划|专项)$")  # numbered: 技术合同交易后补助 is a direction
CONTAINER = re.compile(
    # (四、《指南》主要内容: a 编制说明's account of the guideline it explains)
    r"^(?:《[^《》]{1,30}》)?(?:\d{4}\s*年度?)?"  # 2025年度支持重点
    # (支持重点及方向, 重点领域与方向)
    # (重点支持领域和方向, 主要支持方向: what is supported, said with its emphasis)
    r"(?:重点|主要)?(?:支持|申报|项目|重点|指南)?(?:方向|指南|领域|内容|重点)"
    r"(?:[与和及、](?:内容|方向|领域))?$"
    r"|^(?:项目|申报)?指南(?:内容)?$|^重点支持(?:方向|领域)$|^支持方向与内容$"
    # 二、采纳情况及形成的指南方向: the directions a feedback on suggestions settled on
    r"|^.{0,12}(?:形成|确定|设立)的(?:指南|支持|申报)?方向$"
    # (（二）各类项目具体安排: a report's account of each plan, its plans below)
    r"|^各类(?:项目|计划)(?:的)?具体安排$"
    # 三、逐项论证意见及定稿内容: each direction's review and its final text follow
    r"|^(?:逐项)?(?:论证|评审)(?:意见|情况)?(?:及|与|和)(?:指南)?定稿(?:内容|方向)$"
    # (（二）2024年度县级科技计划对建议事项的安排: a reply's account of this year's calls)
    r"|^\d{4}\s*年度?[\u4e00-\u9fff]{2,20}?(?:科技计划|项目)[\u4e00-\u9fff]{0,10}的安排$"
    # 三、2023年度托克托县科技计划项目申报指南要点: the guideline summed up for a meeting
    # (（二）鄂州市2025年度科技计划项目申报指南的主要内容: an IPO reply's account of it)
    r"|^[\u4e00-\u9fff]{0,8}?(?:\d{4}\s*年度?)?[\u4e00-\u9fff]{0,8}?(?:科技计划)?(?:项目)?(?:申报)?指南"
    r"的?(?:要点|摘要|摘编|主要内容)$"
    # (（二）申报指南设定情况: an audit's account of what the guideline set, quoted below)
    r"|^(?:申报)?指南(?:设定|设置|规定|主要)?(?:情况|内容)$"
    # (二、原文要点梳理: a monitoring report's summary of the call it watches)
    r"|^(?:指南)?(?:原文|文件|政策)?要点(?:梳理|整理|摘编|摘录)$"
    # 一、关于“设立县级科技计划…”的建议: a reply to a proposal, the items it answers with below
    r"|^关于[“\"「][^”\"」]{2,40}[”\"」]的(?:建议|提案|意见)$"
    # 支持方向与资助标准, 支持方向及申报要求: the directions and their terms follow
    r"|^(?:\d{4}\s*年度?)?(?:重点)?支持(?:方向|领域)(?:与|及|和|、)(?:资助|支持|申报)?(?:标准|要求|方式)$"
    # 专项及支持方向, 计划与重点任务: the plans and their directions follow
    # (计划类别及支持方向 too)
    # (二、各类项目及方向: each kind of project and its directions)
    r"|^(?:各类)?(?:专项|计划|专题|榜单|项目|申报)(?:类别|类型)?(?:及|与|和|、)(?:其)?(?:支持|申报|重点)?"
    r"(?:方向|领域|内容|任务)$")
NON_FUNDING = re.compile(
    r"^(?:其他事项|其它事项|申报须知|申报范围(?![与和及、](?:支持|重点|申报|指南)?方向)|申报材料|申请材料|报送材料|材料报送|材料提交|纸质材料|(?:申报|填报|其他)?注意事项|附件|附页|联系方式|联系人|申报程序|申报流程|申报方式|申报时间|(?:申请|办理|受理)时间|(?:申报)?时间安排"
    r"|(?:揭榜|发榜)(?:程序|流程|方式|说明)|咨询热点|.{0,8}(?:答复|回复|解答)口径$|常见问题|综合问题|问题解答|政策解读|(?:互动|现场|课堂|在线)?(?:申报|政策|项目)?答疑|(?:申报)?(?:政策)?问答"
    r"|修改说明|编制说明|指南说明|补充说明|其他说明|专项说明|重要说明|通用说明|补充规定|公示时间|意见反馈"
    r"|征求意见|申报总体要求|总体目标|工作目标|目标任务"
    # 一、查新目的 立项查新。委托人拟申报…方向: a report's purpose, which names the direction
    r"|[\u4e00-\u9fff]{0,4}目的(?!地)"
    # 一、事项基本信息 ⏎ 事项名称：…　基本编码：…: a 实施清单's record of the service item as a
    # whole, its directions the 业务办理项 below
    r"|事项基本信息"
    # 一、教学目标 / 板书设计 / 随堂练习: a lesson plan's own sections around what it teaches
    # (说教材 / 说学情 / 说教学重难点: a 说课稿's parts, each said of the lesson — not its
    # 教学过程, which may hold the call it teaches)
    r"|说?(?:教学|课堂)(?:目标|重点|难点|重难点|准备|反思|小结)(?:与|和|及)?(?:难点|作业)?"
    r"|说?板书设计|随堂练习|说(?:教材|学情|教法|学法|教法学法|教法与学法)$"
    # 一、2024年工作总结 / 三、2025年工作计划: a bureau's account of its year's work (the item in
    # it telling the year's call is read: guideline_issued_among_work_done)
    # (一、2023年工作情况: last year's work reported, before the year's call)
    r"|(?:\d{4}\s*年度?)?(?:全年)?工作(?:总结|计划|要点)|\d{4}\s*年度?(?:全年)?工作(?:开展)?情况$"
    # 明信片 No.02　正面 / 第3张正面: a card's picture side, a slogan over a photo
    r"|.{0,12}(?:No\.?\s*\d{1,3}|第[一二三四五六七八九十\d]{1,3}张)\s*正面"
    # (永昌县科学技术局政府信息公开发布审核单 ⏎ 编号：YCKJ-XX-2024-017: the cover form the
    # notice is sent for sign-off with, its serial number no direction's code)
    r"|.{0,30}(?:审核|审批|审签|呈批|签发|阅办|传阅|办文)(?:单|表|笺)$"  # (…稿件审签单 too)
    # 六、续建及滚动支持项目 (projects funded before, supported on: none applied for now — a
    # 滚动支持项目 alone may be applied for by last year's holders)
    # (四、2019年度结转项目: last year's, continued)
    r"|(?:\d{4}\s*年度?)?(?:续建|结转|在研)(?:及滚动支持|和滚动支持|与滚动支持)?项目"
    # a 补充通知's items: 四、延长申报时间, 二、调整部分方向, 三、取消部分方向 (what it changes is
    # read into the directions it names)
    r"|(?:延长|调整|变更)(?:网上)?(?:申报|受理)?(?:截止)?(?:时间|期限)"
    r"|(?:调整|取消|撤销|删除|变更)(?:部分|有关|个别)?(?:支持|指南)?(?:方向|项目|榜单)"
    r"|(?:特别|重要|温馨)提示|(?:经费|资金)?(?:资助|补助|支持|扶持|奖补)办法$"
    # 2022年度立项情况 / 2023年申报预判: a review of past rounds, a forecast — no direction
    r"|.{0,12}(?:立项情况|实施情况|执行情况|完成情况|情况回顾|预判|展望)$"
    # (2022年度支持方向回顾, 往期回顾 — not 创意素材核心信息回顾, a campaign's copy of this call)
    r"|.{0,12}(?:(?:19|20)\d{2}|往期|往年|历年|以往|上年|去年|前期|工作)[\u4e00-\u9fff]{0,10}回顾$"
    r"|回顾$"
    # 八、上级科技计划项目组织推荐: applicants recommended on to higher plans, none funded here
    r"|(?:上级|国家|省级?|省市)[\u4e00-\u9fff]{0,10}(?:组织推荐|推荐申报|推荐工作|项目推荐)$"
    # (第二部分　推荐申报市级项目: a county's recommendations, funded by the city)
    r"|推荐(?:申报)?(?:上级|国家|省级?|市级|省市)[\u4e00-\u9fff]{0,10}(?:项目|计划)$"
    # 三、支持标准一览表 / 各领域支持情况汇总表: the terms summed up, stated again with the
    # directions (a 方向一览表 lists the directions themselves: not this)
    # (三、项目指南汇总表 lists the directions themselves: not this either)
    r"|.{0,10}(?:支持|资助|补助|扶持)标准(?:一览表|汇总表)$|(?!.*(?:指南|方向)汇总表).{0,12}汇总(?:表|情况)$"
    # 今年有啥新变化？ / 主要变化: what changed since last year, said of the directions below
    # (与2022年度指南相比的主要变化 / 方向调整情况: last year's directions dropped, renamed)
    r"|.{0,16}(?:新变化|有啥变化|有什么变化|哪些变化|主要变化|变化情况|变动情况|调整情况)[？?]?$"
    r"|(?:揭榜|揭榜方|参赛)(?:条件|要求)$|申报要求|申报条件|申报基本条件|基本条件|申报(?:单位|主体|对象|项目)(?:基本|应具备的)?(?:条件|要求)$|总体要求|总体说明|总体思路|总体安排|总体(?:支持|扶持)?政策|指导思想|工作要求|组织实施(?:与管理|和管理|工作|要求|保障|方式)?$|(?:项目)?评审(?!范围|分组|组|方向|项目)"
    # a call worded as a tender: 招标项目概况, 投标人资格要求, 评标办法, 比选人, 公告期限
    r"|(?:招标|比选|采购)(?:项目)?概况|(?:投标|比选申请|比选)人?资格(?:要求|条件)"
    r"|(?:评标|比选)(?:办法|方法)"
    r"|比选人$|招标人$|公告期限"
    # (三、公司拟申报安排 / 四、需董事会审议事项: a board paper's own plan and what it asks)
    # (三、对产业链及相关公司的影响: a research note's view of what the call changes)
    # (六、我司申报安排（自由主题）: a clerk's mind map's branch of its own, noted as such)
    r"|(?:(?:公司|企业|我司|本公司|单位)拟?|拟)申报(?:安排|计划|项目|方向|情况)"
    r"(?:[(（][^()（）]{1,8}[)）])?$|.{0,8}审议(?:事项|意见)$"
    # (学习导读 / 如何向群众讲清楚…的区别: a study booklet's guide and its questions)
    r"|(?:学习)?导读$|如何"
    # (（二）知识产权风险 / 政府补助项目管理风险: a legal check-up's findings on the firm)
    r"|.{0,10}(?:法律|合规|知识产权|财务|税务|用工|管理)风险(?:及(?:建议|提示))?$"
    # (■ 跟进记录（共7条） / ■ 操作日志 / ■ 关联联系人: a CRM record's own log and contacts)
    r"|.{0,6}(?:跟进|沟通|拜访|走访|操作|变更)(?:记录|日志)(?:[(（][^()（）]{0,10}[)）])?$"
    r"|.{0,4}联系人$"
    # (任务二　通知的写作: a textbook's lesson on writing one, its example the call)
    r"|对.{2,20}的影响$|.{1,10}的写作$"
    r"|监督管理|绩效管理|绩效评价|绩效考核|有关要求|其他要求|前言|总则|附则|支持原则|基本原则|兑现原则|有关事项|申报说明"
    # (咨询电话, 咨询与联系方式: not 咨询今年县级科技计划项目申报事宜, a letter's topic)
    r"|咨询[\u4e00-\u9fff（）()]{0,6}$"
    r"|(?:榜单|需求|编制|填报)说明$"  # (（一）榜单说明 ⏎ 1.本批共发布需求榜单9项…: no 榜单)
    # 一、制作要求 / 二、分集脚本: a video task sheet's own parts (the episodes stand apart)
    r"|(?:制作|拍摄|剪辑|配音)要求$|(?:分集|分镜头?)脚本$"
    r"|申报主体|申报对象"  # 一、申报主体 (who may apply, for every item below)
    # 二、通用要求（适用于全部榜单）, 五、通用申报条件, 二、指南通用条件（摘自指南…）
    r"|(?:指南|项目)?(?:通用|共性|共同|一般)(?:申报)?(?:要求|条件|规定|条款|标准|口径)"
    # 三、几点建议 / 四、意见和建议: what a report proposes (its 附表 the directions, not these)
    r"|(?:几点|有关|相关|对策|意见(?:和|与|及))?建议$"
    r"|岗位(?:日常)?工作(?:事项|内容|职责)$"  # (一、岗位日常工作事项: a handover's own duties)
    # (一、审查依据 / 三、分类审查要点（摘录《指南》） / 六、审查组意见: a review record's parts)
    r"|.{0,4}(?:形式)?(?:审查|审核)(?:依据|要点|意见|情况|结论)(?:汇总)?(?:[(（][^()（）]{0,16}[)）])?$"
    r"|(?:审查|审核|评审)组意见$"
    # (附件2　辉南县2025年度…申报通用条件摘录; 附件3　申报工作倒排时间表: a firm's papers)
    r"|.{0,30}(?:通用|共性)(?:申报)?(?:要求|条件)(?:摘录|摘要|节选)$|.{0,12}(?:倒排|推进)(?:时间|进度)表$"
    # 三、收费与付款说明: a consultancy's quotation's own fee, paid by the client
    r"|(?:服务)?(?:收费|费用)(?:[与和及、]付款)?(?:说明|方式|安排)$|付款(?:方式|说明|安排)$"
    r"|.{0,6}常(?:见|问)问题"  # (五、窗口常见问题答复口径 / 企业常问问题参考答复)
    r"|.{0,8}情况反馈$"  # (三、推送情况反馈: a table the staff fill in)
    # (一、征集基本情况 / 三、未采纳建议及理由: how suggestions were gathered and turned down)
    r"|.{0,6}征集(?:基本)?情况$|未(?:予)?采纳"
    r"|(?:项目)?资金需求(?:总体)?情况$"  # (一、资金需求总体情况: a 测算函's sums)
    r"|\d{4}\s*年度?(?:支持|资助)情况$"  # (（一）2023年度支持情况: last year's, done)
    # (四、支持方向内容摘要 / 七、合规性自查 / 八、县科学技术局意见: a filing form's parts)
    # (not 二、授课内容摘要（记录人整理…）: a night school's lesson, the call told in it)
    r"|.{0,6}方向内容摘要|(?:合规性)?自查(?:情况)?$|.{2,12}(?:局|委|办)(?:备案|审核|审查)?意见$"
    r"|.{0,6}招商(?:引资)?项目(?:推介|清单|简介)?$"  # (第三章　重点招商项目: investments sought)
    # (5.1　先弄清楚：什么时候报、怎么报 / 5.7　有事找谁: a handbook's how and whom to ask)
    r"|.{0,8}(?:什么时候(?:申)?报|有事找谁|找谁咨询)|(?:申报|项目)?(?:怎么|如何)(?:申)?报[？?]?$"
    r"|(?:支持|资助)(?:标准|方式)(?:及|和|与)(?:通用|共性)?(?:要求|条件)$"  # 二、资助标准及通用要求
    # 四、支持标准 ⏎ 1.企业研发费用补助：按…: terms by name (二、各专项支持标准 ⏎ …见表1)
    r"|(?:各[\u4e00-\u9fff]{1,4}?)?(?:支持|资助|奖补|补助)标准$"
    # (第五章　立项建议及资助标准 of a 评审细则: its articles name the groups their terms are for)
    r"|(?:立项建议|评审结果|立项)(?:及|和|与|、)(?:资助|支持|补助)标准$"
    r"|形式审查(?:要点|要求|标准|程序)?$"  # (its items name whom it turns away, and the rules)
    r"|(?:支持|资助|补助)方式(?:及|和|与)?(?:标准|强度)?$"  # 二、支持方式 ⏎ …见表1: terms by plan
    r"|(?:支持|资助|补助)方式[与和及、](?:申报|揭榜)(?:要求|条件)$"  # 三、支持方式与申报要求
    # (三、支持方式与经费分担)
    r"|(?:支持|资助|补助)方式[与和及、](?:经费|资金)(?:分担|拨付|来源|安排)$"
    r"|(?:专项|项目|计划|指南)?(?:概况|概述|基本情况)$"  # 一、专项概况 ⏎ （二）除各方向另有规定外…
    r"|(?:项目|经费)[和与及、](?:资金|经费)管理$|(?:经费|资金)使用[和与及、](?:管理|监管)$|经费管理|资金管理|资金安排|经费安排|资金来源|资金拨付|资金监管|项目管理|管理要求|保障措施|支持档次|资助档次|推荐名额|名额分配"
    # (榜单类别与支持方式: a 揭榜 notice's classes of 榜单 defined, each a rule, no 榜单)
    r"|(?:项目|计划|专项|榜单)(?:类别|设置|类型|分类)[与和及、](?:支持|资助)(?:方式|标准|强度)"
    r"|(?:支持|资助)方式[与和及、](?:支持|资助)?(?:强度|标准|额度)$"  # 二、支持方式及强度
    # 组织方式和支持标准, 项目组织方式和支持方式
    r"|(?:项目)?(?:组织|立项)方式(?:[与和及、](?:支持|资助)(?:方式|标准|强度|额度))?$"
    # 一、编制背景 ⏎ 三、起草过程: a 编制说明's account of how the guideline was written
    r"|(?:编制|起草|制定|修订)(?:背景|过程|经过|原则|思路|情况)$"
    r"|议题(?:背景|说明|来源)$"  # (a 县委常委会 议题材料's 一、议题背景: why it is brought)
    # 二、主要修订内容 ⏎ （一）提高资助强度。…由50万元提高至80万元: the changes summed up, each
    # said again where the revised guideline states it
    r"|(?:主要)?(?:修订|修改)(?:内容|的必要性|依据)(?:说明)?$"
    r"|(?:需要|需)?(?:说明|解释)的(?:几个|有关|主要)?问题$|有关问题(?:的)?说明$"
    # 附件 ⏎ 《若干措施》相关条款摘录: the articles the items cite, quoted — no items of their own
    r"|.{0,24}(?:条款|条文|原文|政策)(?:摘录|节选|摘编|原文)$"
    # 一、项目基本情况 … 三、经费预算 … 五、推荐单位意见: the parts of a 申报书 to fill in
    r"|(?:项目|指南|通知)?(?:基本情况|基本信息|实施内容|经费预算|预算|资金预算)(?:表)?$|(?:申报|承担)单位(?:承诺|意见)$"
    r"|(?:推荐|主管)(?:单位|部门)意见$|附件清单$|(?:科研)?诚信承诺书?$"
    r"|.{0,12}免申即享(?:事项)?(?:[(（][^()（）]{0,12}[)）])?$"  # (paid without an application)
    # (一、送播单位意见 / 二、新闻部审核意见: a form's sign-off, what each desk said of it)
    r"|.{0,8}(?:单位|部门|新闻部|编辑部)(?:审核|审查|审批)?意见$"
    # a 政策匹配报告's own parts: 一、企业画像, 二、匹配结果概览, 六、匹配规则说明, its title, and
    # 四、所属计划共性要求（摘自指南第一部分） (the plans' terms, read under each plan)
    r"|企业画像$|匹配(?:结果|规则|情况)(?:概览|说明|汇总)?$|.{0,16}匹配报告(?:[(（][^()（）]*[)）])?$"
    r"|(?:所属)?(?:计划|专项|项目)(?:通用|共性|共同)(?:申报)?(?:要求|条件)"
    r"|有问题找谁|找谁咨询|联系我们"  # (a 白话版's 第八部分　有问题找谁: its phone numbers)
    r"|名词(?:解释|释义)$|术语(?:解释|说明)$|.{0,10}白话解释$"  # (a glossary of the terms used)
    # (二、审计调查发现的主要问题 / 三、审计调查建议 / 四、审计调查处理情况: an audit's findings)
    r"|.{0,8}(?:发现|存在)的(?:主要)?问题$|.{0,6}审计(?:调查)?(?:建议|意见|结论)$"
    r"|.{0,8}(?:审计|调查)?(?:处理|整改)(?:落实)?情况$"
    # (三、测算口径 / 六、预算数汇总: a budget paper's own method and totals)
    r"|(?:测算|统计|计算|核算)(?:口径|方法|依据|说明)$|(?:预算|决算)(?:数|金额|资金)?(?:汇总|合计|明细)表?$"
    # (六、参考答案要点 ⏎ 第2题：…可获补助15万元: a course's answers to its exercises)
    # (三、课堂练习 ⏎ 1．甲公司…收到前资助50万元…: its exercises)
    r"|(?:参考|标准)?答案(?:要点|及解析|与解析|解析)?$|(?:课堂|课后|随堂)?(?:练习|习题|思考题)$"
    # (一、2023年度项目实施情况通报 ⏎ （一）总体情况 ⏎ （二）存在的问题: last year's report)
    # (a 选题排期表's rows about no one direction: 总体介绍, 系列三全部方向, 全部方向)
    r"|总体介绍$|.{0,8}?(?:全部|所有)(?:指南|支持|申报)?方向$"
    # (四、申报和兑现办理 ⏎ （一）B包事项：…: how the items are applied for and paid, no item)
    r"|(?:申报|申请)(?:和|与|及)?(?:兑现|兑付|受理|审核)?办理$|办理(?:流程|程序|方式)$"
    # (—— 评论 47 ——: a post's comments, its readers' words)
    r"|(?:全部|热门|精选)?评论(?:区)?(?:\s*\d+)?$"
    r"|总体情况$|存在的?(?:主要)?问题(?:(?:及|和|与)(?:改进)?建议)?$"
    r"|(?:处理|整改)(?:意见|措施|要求)$"
    # (a handbook's 【知识点3-1】今年县级科技计划总体安排, …申报单位的基本条件, 项目立项后的管理
    # 要求, 企业常问的几个问题: what every item shares, or none)
    r"|得分$|总分$|(?:评卷|阅卷|核分)人$"  # (an exam paper's score box: 题号 | 一 | … ⏎ 得分)
    # (a thesis chapter's 3.1 …管理的演进, 3.3 文本特征分析, 3.4 本章小结: the author's study)
    r"|(?:本章|本节)?小结$|.{0,16}(?:的演进|的沿革|发展历程)$|历史沿革$|文本(?:特征)?分析$"
    r"|研究(?:背景|意义|方法|结论|综述)$|文献综述$"
    # (2.1　样本说明 / 2.2　编码方法: an article's method, the sample it coded)
    r"|样本(?:说明|选择|来源)$|编码(?:方法|过程|说明)$|数据来源(?:与方法)?$"
    # (a teaching case's 一、引言 … 五、尾声 and its 案例使用说明: 教学目的与用途, 启发思考题,
    # 分析思路, 课堂计划建议, 参考文献 — the story told and how to teach it)
    r"|引言$|尾声$|(?:公司|企业|单位)(?:概况|简介|基本情况)$|(?:案例)?使用说明$"
    r"|教学(?:目的|目标|重点)(?:与|和|及)?(?:用途|难点)?$|(?:启发|课后)?思考题$|分析思路$"
    r"|课堂(?:计划|安排)(?:建议)?$|参考文献$|结语$|结束语$"
    r"|(?:总的|总体|基本)(?:答复)?口径$"  # (a duty desk's 一、总的口径: the year's budget, dates)
    # (——抄录完——: the end of a passage a diary copied out; 报告期内政府补助情况: a filing's)
    r"|(?:原文)?(?:抄录|摘录|照录)(?:完|完毕|结束)$|报告期内?.{0,12}(?:情况|统计|明细)$"
    # (a system's 需求确认单: 四、表单调整, 4.4 审核节点账号配置, 4.5 开发排期, 五、测试用例)
    r"|表单(?:调整|配置|设计)$|.{0,8}账号配置$|开发(?:排期|计划|进度)$|测试用例.{0,16}$"
    r"|版本记录$|(?:贷款|产品|融资)(?:基本)?要素$"  # (a bank's 贷款要素: the loan's own terms)
    r"|.{0,12}(?:周例会|例会|会议)(?:会议)?(?:记录|纪要)$"  # (研发中心周例会会议记录: the title)
    # (a field-work report's 一、实践背景 … 五、…对策建议, 附录1　走访企业名单（…）, 附录2　调查问卷
    # （略）; a due-diligence chapter's 6.4　风险提示, 6.5　本章结论)
    r"|实践(?:背景|过程|收获|成果|体会|总结|意义)$|(?:存在问题(?:与|和|及))?对策(?:与|和|及)?建议$"
    r"|(?:问卷)?调查(?:问卷|结果)?(?:分析)?(?:[(（][^()（）]{0,8}[)）])?$"
    r"|.{0,10}名单(?:[(（][^()（）]{0,12}[)）])?$|风险提示$|(?:本章|本节|本文|主要)?结论$"
    r"|(?:历史|以往|往年|历年|近三年).{0,10}(?:情况|统计|明细|清单)$"  # (6.1　历史政府补助情况)
    # (局领导开场（略记）; → 待办（给自己）: a briefing's remarks, the listener's own tasks)
    r"|.{0,8}(?:开场|开幕|致辞|开场白)(?:[(（][^()（）]{0,8}[)）])?$"
    r"|\W{0,2}(?:待办|待办事项|待办清单|会后待办|跟进事项)(?:[(（][^()（）]{0,8}[)）])?$"
    r"|政策(?:工具|对象|文本|目标)(?:(?:与|和|及)政策(?:工具|对象|文本|目标))?(?:分析|评价|比较)$"
    # (a news programme's 一、串联单 (its items' running order) and 二、播出文稿 (their scripts):
    # the items' own headings say what the call funds)
    r"|(?:播出|节目)?串联单$|(?:播出|节目|新闻)文稿$|节目单$"
    # (一、年度安排 ⏎ 2025年市本级科技计划拟安排财政科技资金1350万元…: the year's budget)
    r"|.{0,12}(?:总体|年度)安排$|(?:申报单位的?)?基本条件$|(?:项目)?立项后的?管理要求$"
    r"|(?:企业)?常问的?(?:几个)?问题$"
    # a 事前绩效评估报告's parts: （一）项目背景, （二）资金规模及来源, （一）立项必要性 …
    # （五）筹资合规性 — what the reviewers weighed, no direction
    r"|项目背景$|资金(?:规模|来源)(?:及|和|与)?(?:规模|来源)?$|立项必要性$|投入经济性$"
    r"|绩效目标合理性$|实施方案可行性$|筹资合规性$|评估(?:内容与分析|工作开展情况|结论)$"
    # (a 对标调研报告's 一、调研背景, 三、与周边县区对比情况, 四、存在的主要差距 and the 申报限制
    # among its 申报要点: what the bureau found, none applied for)
    r"|(?:调研|研究|编制|工作)背景(?:情况)?$|.{0,12}对比(?:情况|分析)$"
    r"|(?:存在的)?(?:主要)?差距(?:(?:与|和|及)(?:不足|问题))?$|申报限制$"
    # (一件事 guide's 二、情形引导: which items a case takes; a press conference's questions)
    r"|(?:办理)?情形(?:引导|指引)$|答记者问$|记者问答$|现场答疑$|提问环节$"
    # (三、企业代表恳谈发言及现场答复: a meeting's questions and the bureau's answers to them)
    r"|.{0,12}(?:发言|提问|咨询|问题)(?:及|和|与)(?:现场|会上)?(?:答复|回复|解答|答疑)$"
    r"|现场(?:答复|回复)$"
    # (四、本年度防控重点 in a 廉政风险点排查登记表: how the office guards the call, no direction)
    r"|(?:本年度|年度|今年)?(?:廉政)?(?:风险)?防控(?:重点|措施|要点|任务)$"
    # (an award's （一）申请人的仲裁请求及事实与理由, （二）被申请人的答辩意见, （三）仲裁庭查明的
    # 事实: the parties' cases and the tribunal's findings)
    r"|(?:申请人|被申请人|原告|被告|上诉人|被上诉人)的?(?:仲裁请求|诉讼请求|上诉请求|答辩意见|意见)"
    r"(?:及事实(?:与|和)理由)?$|(?:仲裁庭|本院|法院)(?:查明|认定)的?事实$|(?:仲裁庭|本院)意见$"
    # (a 商业计划书's own parts: 二、行业与市场分析, 四、商业模式, 六、融资需求与资金用途, 7.1
    # 政策背景)
    r"|(?:行业|市场)(?:与|和|及)?(?:行业|市场)?(?:分析|概况|前景)$|产品(?:与|和|及)(?:技术|服务)$"
    r"|商业模式$|(?:核心|管理)?团队(?:介绍|构成)?$|融资(?:需求|计划|方案)(?:与|和|及)?(?:资金用途)?$"
    r"|(?:政策|项目|公司)背景$|公司(?:简介|概况)$|财务(?:预测|分析|状况)$"
    # (a fund's 投后管理月报: 二、被投企业经营动态, （三）被投企业申报匹配及进度, （四）投后部建议)
    r"|被投企业.{0,12}$|投后(?:管理)?部?(?:建议|意见|提示)$|风险事项(?:与|和|及)处置$"
    # (a 教研活动记录's 讨论发言（摘要）; an 投资者关系活动记录表's 公司基本情况介绍 and 交流问答)
    r"|讨论(?:发言|交流)(?:[(（][^()（）]*[)）])?$|(?:交流|互动)问答$|公司基本情况(?:介绍)?$"
    # (an accountant's 专业意见书: 一、委托事项与意见依据, 四、其他提示; a newsletter's 台商常問)
    r"|委托事项.{0,8}$|(?:意见|出具)依据$|其他提示$|.{0,6}常[问問](?:[(（][^()（）]*[)）])?$"
    # (a proof-checking report's 一、问题清单: the problems it found, quoting the text's sums)
    r"|(?:检测|审校|校对)?问题(?:清单|汇总|列表|明细)$|原文逐段标注$"
    # (a bid's 第二章　报价一览表 and 磋商响应函: the bidder's price, no grant)
    r"|(?:报价|开标|分项报价)(?:一览表|明细表?|表)$|(?:磋商|投标|报价)?响应函$|投标函$"
    # (一、带教计划（局人事股下发，…）, 二、带教记录 in a 师带徒 notebook: the notebook's own parts)
    r"|(?:带教|培训|学习|听课|跟班|跟岗)(?:计划|记录|安排|心得|小结)(?:[(（].*)?$"
    # (a notice board's 【四】3月18日前群众咨询登记（摘录）: villagers' questions, answered)
    r"|.{0,12}咨询(?:登记|记录|台账)(?:[(（][^()（）]{0,6}[)）])?$"
    r"|报送(?:范围|内容|要求)$|填报(?:口径|说明|要求)$"  # (a 函 sending forms: 一、报送范围。…)
    # (a 风险提示's 一、基本事实 and 三、常见不实说法辨析: the facts and the rumours refuted)
    r"|基本事实$|.{0,8}(?:说法|谣言|传言|误区)(?:辨析|澄清|解析)?$"
    r"|.{0,10}主要工作(?:及|和|与)(?:成效|进展|成绩)$"  # (二、2024年主要工作及成效: last year's)
    # (a hospital's own steps, its own money: ◎院内支持 — the match it adds to a county grant)
    r"|(?:院内|本院|我院|内部|本单位|我单位)(?:工作安排|支持|配套|资助|奖励)(?:政策|措施)?$"
    # (an 审计整改情况报告's 一、整改工作总体情况, 二、审计发现问题及整改落实情况, 三、下一步
    # 工作打算)
    r"|整改(?:工作)?总体情况$|审计发现(?:的)?问题.{0,12}$|下一步工作(?:打算|安排|计划|建议|思路)?$"
    # (a members' meeting's papers: 议题一　2025年度理事会工作报告（摘要）, 议题二　…盈余分配方案,
    # 议题四　…的决议（草案）, 表决票 — what the meeting hears and votes on)
    r"|.{0,24}(?:工作报告|盈余分配方案|财务收支(?:情况|报告)?|的?决议|的?决定)"
    r"(?:[(（](?:摘要|草案|审议稿|征求意见稿)[)）])?$|(?:议题.{0,8})?表决票$"
    # an application system's manual: 2.1　单位注册, 3.2　填写申报书, 3.4　提交与打印 — its steps
    r"|(?:单位|用户|账号)?注册(?:与登录)?$|登录(?:与|和)?[\u4e00-\u9fff]{0,6}$"
    r"|选择申报(?:事项|类别|方向)$|填写申报书$|上传(?:附件|材料)$|提交(?:与|和)(?:打印|确认)$"
    r"|进度查询|(?:合同签订|资金拨付)(?:与|和)?[\u4e00-\u9fff]{0,8}信息$|运行环境$|适用对象$"
    r"|政策依据|制定依据|编制依据|起草依据|依据文件|相关政策|参考文件|其他$|其它$)")  # 九、其他

_CLASS_TALK = re.compile(r"(?:项目|计划|专项|奖补)$")
# 第六讲　政府补助——以巨野县2024年度科技计划项目为案例: a course's lecture taught on a call,
# the part of the handout holding it
_CASE_TAUGHT = re.compile(r"以[^，。；,;]{2,40}为(?:案)?例$")
# 日志第1篇 / 案例第二篇: a word, then the part's ordinal, alone on the line
_NAMED_PART = re.compile(rf"^[\u4e00-\u9fff]{{1,4}}?第\s*(?P<num>[{CN}\d]+)\s*篇$")
_PART = re.compile(  # (not 第一类是…, a sentence about it)
    # (【第一期】农业科技攻关项目怎么报: a broadcast's episode, in brackets)
    # (【第一大类】…, 【第四段】申报须知: a staged script's parts, in brackets)
    # (【第二讲】农业科技创新专项（…股负责）: a night school's lecture, in brackets)
    rf"^(?:第|(?P<box>【)第(?=\s*[{CN}\d]+\s*(?:期|大类|类|部分|段|讲)】))\s*"
    rf"(?P<num>[{CN}\d]+|[IVX]{{1,4}}(?=部分|章|篇))\s*"  # (第Ⅱ部分: its numeral Roman)
    # (第一场　装备制造…专题（高新技术科）: a briefing's session, its calls under it)
    # (第一宣讲组（组长：…）: a briefing's team, its calls under it)
    r"(?P<word>部分|章|篇|编|节|大类(?=】|[\s:：、.]|$)|类|项|组|(?:宣讲|评审|服务|调研)组|批|榜|讲|场"
    r"|[课集](?=[\s\u3000:：、.｜|])"  # (■ 第2课　重点研发专项（一）：…: a course's lesson;
    # 第2集　海岛民生…（主管股室：…）: a series' episode)
    r"|(?<=【第[一二三四五六七八九十])期"
    r"|(?<=【第[一二三四五六七八九十])段"
    # (第二乐章　琴弦、琴码及配件（归口：…）: a part by a word of the writer's own, set apart
    # from its title by a wide space)
    r"|(?<![\d])(?![年月日天次个名位季周步])[\u4e00-\u9fff]{1,2}(?=\s))"
    # (not 第五部分“联系方式”载明…: a part cited by its name, in a sentence)
    r"(?(box)】)(?![是为的]|\s*[“\"「][^”\"」]{1,12}[”\"」]\s*(?:载明|规定|明确|指出|要求|提出|中|所|的))"
    r"\s*[:：、.｜|]?\s*"  # (第一部分｜重点研发计划: a show's chapter)
    # (第一类，农业科技攻关项目。: a class named aloud, a pause after its ordinal)
    r"(?:(?<=类)[，,]\s*(?=[^。，,；;]{2,30}。$))?"
    r"(?P<rest>.*?)(?:(?<=[^。，,；;]{2})(?<=[项目类计划专补贴助励])。)?$")
_HALF_PART = re.compile(r"^(?P<num>[上中下补续])\s*篇[\s:：、]+"
                        r"(?P<rest>[\u4e00-\u9fff“《].{1,30})$")
# 第八条　… : an article of a guideline written like a regulation (第N章 → 第N条)
# (第五条之一: an article inserted after 第五条, keeping the numbers of those after it)
ARTICLE = re.compile(rf"^第\s*(?P<num>[{CN}\d]+)\s*条(?:之[一二三四五六七八九])?[\s:：、.]*"
                     r"(?P<rest>.*)$")
# (应 a rule's word, not 应用's first character: 技术创新与应用发展专项)
ARTICLE_RULE = re.compile(r"须|应当?(?![用急])|不得|采取|采用|不低于|不超过|给予|限于|限报")
ARTICLE_LISTING = re.compile(r"^(?P<head>[^。；;，,]{2,60}?)\s*(?:重点)?(?:支持|资助|包括)"
                             r"(?:以下|如下)"
                             r"(?:方向|领域|事项|内容|项目)\s*[:：]\s*$")
_KEYWORD = re.compile(
    # (A类方向1：…: the class's letter before the keyword, its directions numbered within it)
    r"^(?:[A-H]类(?=方向|榜单|课题|项目))?"
    r"(?P<kw>子方向|子榜单|细分方向|子课题|子专题|子任务|子项目|子项|路线|链|场景|集群|主题|攻关点|项目类型|项目类别|类别(?=[一二三四五六七八九十\d])|项目包|标段|板块|模块|单元|行动|工程|系列|补助事项|奖补事项|扶持事项|重大项目|产业链|分组|计划|专项|专题|专栏|赛道|研究方向|方向|课题|项目|榜单|领域"
    r"|包(?=[一二三四五六七八九十\d])"
    r"|重点任务|任务|技术需求|需求|支持事项|服务事项|事项|选题)\s*"
    # 课题YC2019-01-01　高镍…: the keyword's code where a number would be
    r"(?P<gcode>[A-Z]{1,8}\d{2,8}(?:-[0-9A-Z]{1,6}){0,3}(?=[\s\u3000]))?"
    rf"(?P<num>[{CN}]+(?![览概])|\d+(?:[.\-](?:\d+|[A-Z](?![A-Za-z])))*"  # (子方向3-A)
    r"(?:-[a-h](?![A-Za-z]))?"  # (子方向1-3-a)
    r"|[A-H]\d{1,2}(?![\dA-Za-z\-])"  # (榜单E1：…: the class's letter, then its number)
    r"|[A-H](?![A-Za-z])|[甲乙丙丁戊己](?=[\s:：、.]))?"  # (子方向A：, 子方向Ｂ：, 子方向甲　…)
    r"\s*(?P<code>[(（]\s*[0-9A-Za-z\-]+\s*[)）])?\s*(?P<sep>[:：、.｜|]?)\s*"
    r"(?P<rest>.*)$")
# 一级方向1：汽车及零部件 ⏎ 二级方向1.2：… ⏎ 三级方向1.2.1：…: each level named in words
_LEVELED = re.compile(r"^(?P<lv>[一二三四])级(?P<kw>方向|目录|领域|任务|类别|专题)\s*"
                      r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\s*[:：、]?\s*(?P<rest>[^\s\d.].*)$")
# 重点研发计划—现代农牧业—01：肉牛良种…: a direction named by its plan, group and number
# ——星村镇—— / ━━ 五夫镇 ━━（本镇需求条目各拟支持1项）: a group's name between rules
_DASH_FRAMED = re.compile(r"^(?:—{2,}|－{2,}|━{2,}|-{2,})\s*"
                          r"(?P<rest>[\u4e00-\u9fff][^—－━\-]{1,7}?)"
                          r"\s*(?:—{2,}|－{2,}|━{2,}|-{2,})\s*(?P<tail>[(（][^()（）]{2,40}[)）])?$")
_PATHED = re.compile(r"^(?P<path>[\u4e00-\u9fff]{2,16}(?:\s*-\s*[\u4e00-\u9fff]{2,16})*)\s*-\s*"
                     r"[\u4e00-\u9fff]{0,2}(?P<num>\d{1,3})\s*[:：]\s*(?P<rest>[^\x00-\x7f].*)$")
# 星村-1　正山小种…: a place's short name and the item's number, spaced from its title
_PLACE_NUMBERED = re.compile(r"^[\u4e00-\u9fff]{2,4}-(?P<num>\d{1,2})[ \u3000]+"
                             r"(?P<rest>[\u4e00-\u9fff“《].{3,})$")
# 一是聚焦晶硅光伏产业，…: groups counted in words
_SHI = re.compile(r"^(?P<num>[一二三四五六七八九十]{1,3})是(?P<rest>[\u4e00-\u9fff].*)$")
# 3A．磷石膏制备新型建材关键技术研究: direction 3's part A
_DIGIT_LETTER = re.compile(r"^(?P<num>\d{1,2}[A-H])\s*[.、．)）]\s*(?P<rest>[\u4e00-\u9fff“《].*)$")
# 其一：高支真丝面料及家纺产品开发（GP2021-GY0201）: a direction's parts counted in words
# (其一　[YD22-CY0101] 英红九号…: a wide space after it, its code before the title)
_QI = re.compile(r"^其(?P<num>[一二三四五六七八九十])(?:\s*[:：、]\s*|[ \u3000]+)"
                 r"(?P<rest>(?:\[[A-Za-z0-9\-]{4,20}\]\s*)?[\u4e00-\u9fff“《].*)$")
# 1-1 高纯晶硅低能耗还原…: a group's number, a hyphen, the direction's
# Ⅰ-1 智能装备关键技术 (NFKC: I-1): a Roman group's number, a hyphen, the direction's
# Ⅰ　农牧业领域 / ⅠA　草原畜牧业 / ⅠA-1　肉牛…: a field's Roman number, its group's letter
# after it, the direction's number after a hyphen (set in the Unicode Roman numerals, which
# folding turns into I, II …)
UNICODE_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_ROMAN_SPACED = re.compile(r"^(?P<num>(?:I{1,3}|IV|VI{0,3}|IX|X))[\s\u3000]+"
                           r"(?P<rest>[\u4e00-\u9fff].*)$")
_ROMAN_LETTERED = re.compile(r"^(?P<num>(?:I{1,3}|IV|VI{0,3}|IX|X)[A-H](?:-\d{1,2})?)"
                             r"[\s\u3000]+(?P<rest>[^\x00-\x7f].*)$")
_ROMAN_HYPHENED = re.compile(r"^(?P<num>(?:I{1,3}|IV|VI{0,3}|IX|X)-\d{1,2}(?:-\d{1,2}|-[a-h])?)"
                             r"[\s\u3000]+"
                             r"(?P<rest>[^\x00-\x7f\d].*)$")
# (1-3-1: a part of 1-3; so is 1-2A under 方向1-2)
_HYPHENED = re.compile(r"^(?P<num>\d{1,2}-\d{1,2}(?:-\d{1,2}|-?[A-Ha-h])?)[\s\u3000]+"
                       # (2-1 GNSS—裂缝计…终端: a title opening with a Latin name)
                       r"(?P<rest>(?:[A-Z][A-Za-z0-9]{1,7}(?=[^\x00-\x7f]))?[^\x00-\x7f\d].*)$")
# 2-A　银耳出耳房…　编号：GT2024-GX01: a direction of part 2 lettered A
_HYPHEN_LETTERED = re.compile(r"^(?P<num>\d{1,2}-[A-H])[\s\u3000]+(?P<rest>[^\x00-\x7f\d].*)$")
# PART 01｜发榜说明 — a WeChat article's parts
_PART_WORD = re.compile(
    r"^(?P<word>PART|Part)\s*(?P<num>\d{1,2}|[IVX]{1,5})\s*[|:：.、]?\s*(?P<rest>[^\x00-\x7f].*)$")
# Program A　重点研发专项 Key R&D Program: a plan named in English too, lettered
_PROGRAM = re.compile(r"^(?:Program|Programme|PROGRAM)\s*(?P<num>[A-H]|\d{1,2})\s*[|:：.、]?\s*"
                      r"(?P<rest>[^\x00-\x7f].*)$")
# …支持方向 Priority Areas: an English name after the Chinese one is no part of the title
_ENGLISH_TAIL = re.compile(r"(?<=[^\x00-\x7f])\s+[A-Za-z][A-Za-z&'’ .,/-]*$")
# No.01｜高钛型高炉渣…: numbered items of a list (榜单)
# 1#　民谣吉他…研发 / §2　滑坡体深部位移…: a number marked with a hash (as a borehole's) or a
# section sign
_HASH_NUMBER = re.compile(r"^(?P<num>\d{1,2})\s*#(?:[\s\u3000]+|(?=[\u4e00-\u9fff“]))"
                          r"(?P<rest>[^\x00-\x7f\d].*)$")
_SECTION_SIGN = re.compile(r"^§\s*(?P<num>\d{1,2})(?:[\s\u3000]+|(?=[\u4e00-\u9fff“]))"
                           r"(?P<rest>[^\x00-\x7f\d].*)$")
# （3#-a）单线圈… / 2#-B　…: the part of 3# (2#) by its letter, read as 3-1 (2-2) would be
_HASH_PART = re.compile(r"^[(（]?\s*(?P<head>\d{1,2})\s*#\s*[-－]\s*"
                        r"(?P<part>[A-Za-z]|\d{1,2}|[甲乙丙丁戊己])\s*"
                        r"(?:[)）]\s*|[\s\u3000]+|(?=[\u4e00-\u9fff“]))")
# Ⓐ藤铁家居…优化 / Ⓑ-ⅰ藤铁与树脂…工艺: items lettered in circles, their parts in small Roman
# numerals (matched as written: folding makes Ⓐ a bare A)
_ENCIRCLED = re.compile(r"^(?P<num>[Ⓐ-Ⓩ])\s*(?P<rest>[\u4e00-\u9fff“《].*)$")
_ENCIRCLED_PART = re.compile(r"^(?P<num>[Ⓐ-Ⓩ]\s*[-－]\s*(?:[ⅰ-ⅻ]|\d{1,2}))\s*"
                             r"(?P<rest>[\u4e00-\u9fff“《].*)$")
# 温区Ⅱ　冷藏与保鲜（主管科室：…）: a group named by a word of the writer's own and a Roman
# numeral (matched as written: folding makes Ⅱ two letters)
_WORD_ROMAN = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,3})(?P<num>[Ⅰ-Ⅻ])[\s\u3000]+"
                         r"(?P<rest>[\u4e00-\u9fff“《].*)$")
# 〈2〉之一　电动童车…: the first part of 〈2〉, as 〈2·1〉 numbers it
_ANGLED_ZHI = re.compile(r"^〈\s*(?P<n>\d{1,2})\s*〉\s*之\s*(?P<part>[一二三四五六七八九十])(?=\s)")
# 〈1〉冷库…改造 / 〈2·1〉…: numbers in angle brackets, a part's after a middle dot
_ANGLED = re.compile(r"^〈\s*(?P<num>\d{1,2}(?:\s*[·.]\s*\d{1,2})?)\s*〉\s*"
                     r"(?P<rest>[\u4e00-\u9fff“《A-Z].*)$")
# Ⅰ/01　…(folded: I/01) / Ⅰ/03a: a group's Roman number, a slash, the direction's (a part's letter)
_SLASHED = re.compile(r"^(?P<num>[IVX]{1,4}/\d{1,2}[a-h]?)\s+(?P<rest>[\u4e00-\u9fff“《].*)$")
# 【方向05/08】…: the direction's number out of how many there are
_OUT_OF = re.compile(r"^[【\[]\s*(?:方向|项目|榜单)?\s*(?P<num>\d{1,2})\s*/\s*\d{1,2}\s*[】\]]\s*"
                     r"(?P<rest>[\u4e00-\u9fff“《].*)$")
# （子）降雨—库水位…研究 / （丑）…: a list numbered by the earthly branches (寅-1: a part of 寅)
_BRANCH = re.compile(rf"^[(（](?P<num>[{BRANCHES}])[)）]\s*(?P<rest>[\u4e00-\u9fff“《].*)$")
_BRANCH_PART = re.compile(rf"^(?P<num>[{BRANCHES}]-\d{{1,2}})[\s\u3000]+"
                          r"(?P<rest>[\u4e00-\u9fff“《].*)$")
_NUMERO = re.compile(  # (No.2-1: a part of No.2)
    r"^(?:No|NO)\s*\.?\s*(?P<num>\d{1,3}(?:-\d{1,2})?)\s*[|:：.、]?\s*(?P<rest>[^\x00-\x7f].*)$")
_CN_DUN = re.compile(rf"^(?P<num>[{CN}]+)\s*[、.]\s*(?P<rest>.+)$")
_WIDE_AFTER_NUMERAL = re.compile(rf"^[{CN}壹贰叁肆伍陆柒捌玖拾]{{1,3}}(?:\u3000|\t|\s{{2,}})")
# 壹　稀土绿色开采与冶炼分离（归口：…）: a numeral set apart from its title by a wide space
_CN_SPACED = re.compile(rf"^(?P<num>[{CN}]{{1,3}})[\s\u3000]+(?P<rest>[\u4e00-\u9fff“《].*)$")
# 二.1 重点领域研发专项 / 二.1.1 新会陈皮… / 二.1.3.1 …: a section's numeral, then decimals
_CN_DECIMAL = re.compile(rf"^(?P<cn>[{CN}]{{1,3}})\.(?P<num>\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})"
                         r"(?![\d.])\s*[、.]?\s*(?P<rest>[^\d.%].*)$")
# (〔一〕 〈一〉 [一] too: the brackets a bureau's template happens to use)
_CN_PAREN = re.compile(rf"^[(（〔〈\[]\s*(?P<num>[{CN}]+)\s*[)）〕〉\]]"
                       r"\s*[、.]?\s*(?P<rest>.+)$")
# ㈡-1 木玩部件…（folded: (二)-1）: a part of the direction numbered ㈡
_CN_PAREN_PART = re.compile(rf"^[(（]\s*(?P<num>[{CN}]{{1,3}}\s*[)）]\s*-\s*\d{{1,2}})"
                            r"\s*(?P<rest>[^\x00-\x7f\d].*)$")
# 【一】总体要求 … 【四】支持方向: a post's or a board's parts, above the 一、 a quoted call is
# numbered by (【二】县科技局申报指南摘抄 ⏎ 一、… ⏎ 四、… ⏎ 【三】本村协助事项)
_CN_BOX = re.compile(rf"^【\s*(?P<num>[{CN}]+)\s*】\s*[、.]?\s*(?P<rest>.+)$")
# 一）工业科技攻关: a numeral closed by a half bracket
_CN_HALF = re.compile(rf"^(?P<num>[{CN}]{{1,3}})\s*[)）]\s*(?P<rest>[^\s\d)）].+)$")
# 1．12英寸晶圆…, 2．5G通信模组, 3．3D打印: a title that opens with a quantity (its unit right
# after the digits), not a 1.12 / 2.5 heading
_QUANTITY = r"(?:英寸|寸|纳米|微米|毫米|厘米|千米|米|万吨|吨|位|兆|层|倍|轴|自由度|英尺|[A-Za-z]" \
    r"|[℃°%‰μΩ])"  # (0.5℃。 a wrapped line's figure, no heading)
_DECIMAL = re.compile(
    r"^(?:[(（](?=\d{1,2}(?:\.\d{1,2}){1,3}[)）]))?"  # (（3.1）荔枝…: the number in brackets)
    r"(?P<num>\d{1,2}(?:\s*\.\s*\d{1,2}){1,3})(?!\d)(?!" + _QUANTITY + r")"
    r"\s*[、.)）]?\s*(?P<rest>(?:[^\d.%)）]"
    # (1.1　12英寸晶圆…: a title opening with a figure, after a wide gap)
    r"|(?<=\t)\d{1,4}(?=[\u4e00-\u9fff]{2}))"
    r".*)$")  # (3.1）无核荔枝…: closed by a bracket)
_ARABIC = re.compile(r"^(?!0+\s*[.、])(?P<num>\d{1,2})\s*(?P<sep>[.、])\s*"  # (no item 0)
                     # (12．2025年度市级重点实验室认定: a title opening with its year)
                     r"(?P<rest>(?:[^\d.%]|\d{1,4}(?=" + _QUANTITY + r")|(?:19|20)\d\d(?=年)).*)$")
# 3 重点研发计划 (2 “揭榜挂帅”项目) — a bare number and a space, the top of a 3 / 3.1 / 3.1.1
# outline
# (7 月 1 日至…, 3 个月内…: a date or a count the page broke before, spaced as PDF text spaces
# figures, is no heading)
_ARABIC_SPACE = re.compile(r"^(?P<num>\d{1,2})[ \u3000]+"
                           r"(?![月日年号时个件家万亿元名次天周岁倍]|人(?![工才口居体造类文民])|项(?!目))"
                           # (3 人: a count; 03 人工智能…: a title; 4 项目申报 too)
                           r"(?P<rest>[“《「\u4e00-\u9fff].*)$")
_ARABIC_PAREN = re.compile(r"^[(（]\s*(?P<num>\d{1,2})\s*[)）]\s*(?P<rest>.+)$")
_ARABIC_HALF = re.compile(r"^(?P<num>\d{1,2})\s*[)）]\s*(?P<rest>.+)$")
_CIRCLED = re.compile(rf"^(?P<num>[{CIRCLED}])\s*(?P<rest>.+)$")
# ②-1 制种玉米…（ZY25-YF02-1）: a sub-item of the circled item ②
_CIRCLED_SUB = re.compile(rf"^[{CIRCLED}]\s*[-－]\s*(?P<num>\d{{1,2}})\s*(?P<rest>[^\d\s].*)$")
# 〔重点〕1．高端轴承…（XC2401）: a tag naming the direction's class before its number (not
# 【注】1．…, a note)
# (【校核单元07】第四部分　申报程序及其他: a checker's unit, then the part it checks)
LEADING_TAG = re.compile(r"^[〔【［\[](?P<tag>(?!注|说明|备注|提示|附)[\u4e00-\u9fff]{1,6}"
                         r"(?:\d{1,3})?)"
                         r"[〕】］\]]\s*"
                         rf"(?P<rest>(?:\d{{1,2}}|[{CN}]{{1,3}})\s*[.．、].+"
                         rf"|第[{CN}\d]{{1,3}}(?:部分|章|篇)\s*\S.*)$")
# 片段02　一、…: a media catalogue's segment (a lesson's 环节, a booklet's 单元) numbered, then
# the guideline's own numbered heading it covers
_SEGMENT_LEAD = re.compile(r"^(?:片段|段落|单元|环节|场次|节次)\s*\d{1,3}[\s\u3000]+"
                           r"(?P<rest>\S.*)$")
_TAG_AFTER = re.compile(r"\s*[〔【［\[][\u4e00-\u9fff]{1,6}[〕】］\]]")
_DINGBAT = re.compile(rf"^(?P<num>[{''.join(DINGBATS)}])\s*(?P<rest>[^\s\d].+)$")
# (a title may open with a figure: （a）1类创新药临床前研究, a) 5G…)
# (（b）HDR智能调色…: an acronym its Chinese words follow)
# (b)［ZXKY2203-b］护理工作量…: its code in brackets before its title; （a）SM21-QX-A2a　山洪
# 沟道…: its code spaced from its title)
_LETTERED_REST = (r"(?P<rest>(?:[^\x00-\x7f]|\d{1,3}(?=[\u4e00-\u9fff])|5G"
                  r"|[A-Z]{2,}(?=[A-Za-z0-9/\-]{0,8}[\u4e00-\u9fff])"
                  r"|\[[A-Za-z0-9\-]{4,20}\](?=\s*[\u4e00-\u9fff])"
                  r"|[A-Z]{1,8}(?:-[A-Z0-9]{1,8})*-?\d[0-9A-Za-z\-]*[ \u3000]+(?=[\u4e00-\u9fff]))"
                  r".*)")
_LETTER = re.compile(rf"^(?P<num>[a-h])\s*[)）]\s*{_LETTERED_REST}$")  # a) 瞪羚企业研发奖补
# （a）基层常见慢性病…: a lettered sub-direction in brackets (in full-width ones: (a) 芒果种质…
# under 主要研究内容： is an item of that field)
_PAREN_LETTERS = {0x249C + i: f"（{c}）" for i, c in enumerate("abcdefgh")}  # ⒜ ⒝ … as （a）
_LETTER_PAREN = re.compile(rf"^（\s*(?P<num>[a-h])\s*）\s*{_LETTERED_REST}$")
# ⒤　传统村落…奖补: a letter in one glyph (⒜ … ⒵), past h too — no Roman i, as （i） could be
_GLYPH_LETTER = re.compile(rf"^(?P<num>[\u249c-\u24b5])\s*{_LETTERED_REST}$")
# ⒝-1　木雕构件…（YX25-A2-1）: a part of the direction lettered ⒝
_LETTER_PAREN_PART = re.compile(rf"^（\s*(?P<num>[a-h]\s*）-\d{{1,2}})\s*{_LETTERED_REST}$")
_CAPITAL = re.compile(r"^(?P<num>[A-H])\s*[.、)）]\s*(?P<rest>[^\x00-\x7f].*)$")  # A.高油酸花生…
# A　重点研发计划: a letter and a space, the top of an A / A1 outline
# ⓐ 高性能轴承钢…〔JY25GG02〕 (NFKC: a 高性能…): sub-directions lettered in circles
_LETTER_SPACE = re.compile(r"^(?P<num>[a-h])[ \u3000]+(?P<rest>[\u4e00-\u9fff].*)$")
# (A　2024年凤翔区重点研发专项: the year the title opens with)
_CAPITAL_SPACE = re.compile(r"^(?P<num>[A-H])[ \u3000]+"
                            r"(?P<rest>(?:20\d{2}年度?)?[\u4e00-\u9fff].*)$")
# （A）先进陶瓷材料…
_CAPITAL_PAREN = re.compile(r"^[(（]\s*(?P<num>[A-H])\s*[)）]\s*(?P<rest>[^\x00-\x7f].*)$")
# 【1】跨境电商物流…（DX23ZY01）: numbers in black brackets
_BLACK_NUMBER = re.compile(r"^[【\[［〔]\s*(?P<num>\d{1,2}(?:-\d{1,2}){0,2})\s*[】\]］〕]\s*"
                           r"(?P<rest>[^\x00-\x7f].*)$")  # (〔1〕… too)
# （1-3-A）控盐滴灌…: a part of 1-3, its number in brackets
_PAREN_HYPHENED = re.compile(r"^[(（]\s*(?P<num>\d{1,2}-\d{1,2}(?:-(?:\d{1,2}|[A-Ha-h]))?)\s*"
                             r"[)）]\s*(?P<rest>[^\x00-\x7f].*)$")
# C1 磷酸锰铁锂…: a lettered direction's sub-directions
# 甲、电子级磷酸…: the heavenly stems as a list's numbers
STEMS = "甲乙丙丁戊己庚辛壬癸"
# …and 甲1.动力电池… / B2、…: a class's directions numbered by its letter or stem
# (📍A1｜汽车零部件…: a post's bar after the number)
# (J-1　首台（套）…: a later letter too, with its hyphen — not P14, a slide's page)
# (A.2 失能老人…: a dot between them)
_LETTERED_NUMBER = rf"[A-H{STEMS}]-?\d{{1,2}}|[A-H]\.\d{{1,2}}|[JKLMNQRSTUW]-\d{{1,2}}"
_LETTER_DIGIT = re.compile(rf"^(?P<num>{_LETTERED_NUMBER})"
                           r"(?:[\s\u3000]+|\s*[.、｜|](?!\d))\s*"
                           # (A1．N型单晶硅片…: a title may open with a Latin word)
                           r"(?P<rest>(?:(?<=[.、])[A-Za-z0-9]{1,6})?[^\x00-\x7f].*)$")
# 甲-2-1　小麦精量播种…: a part of direction 甲-2
_LETTER_DIGIT_PART = re.compile(rf"^(?P<num>[A-H{STEMS}]-?\d{{1,2}}-\d{{1,2}})[\s\u3000]+"
                                r"(?P<rest>[^\x00-\x7f\d].*)$")
# （甲-1）小白杏…: the class's stem and the item's number, in brackets (as A1 under 甲类)
_LETTER_DIGIT_PAREN = re.compile(rf"^[(（]\s*(?P<num>[A-H{STEMS}]-\d{{1,2}})\s*[)）]\s*"
                                 r"(?P<rest>[^\x00-\x7f\d].*)$")
# 【A1】新型电子元器件… / 【B2-1】…: the class's letter and the item's number in black brackets
# (〔A3〕基于北斗的…: in tortoise-shell ones)
_LETTER_DIGIT_BOXED = re.compile(r"^[【\[［〔]\s*(?P<num>[A-H]\d{1,2})\s*[】\]］〕]\s*"
                                 r"(?P<rest>[^\x00-\x7f\d].*)$")
_LETTER_DIGIT_PART_BOXED = re.compile(r"^[【\[［〔]\s*(?P<num>[A-H]\d{1,2}-\d{1,2})\s*[】\]］〕]\s*"
                                      r"(?P<rest>[^\x00-\x7f\d].*)$")
# A-Ⅰ　锂电…（folded to A-I） / B-Ⅲ-1　玉竹…: a lettered part's directions numbered in Roman
# numerals, and their parts
_LETTER_ROMAN = re.compile(r"^(?P<num>[A-H]-(?:I{1,3}|IV|VI{0,3}|IX|X)(?:-\d{1,2})?)"
                           r"[\s\u3000]+(?P<rest>[^\x00-\x7f].*)$")
# 甲类　重大科技专项（锂电新能源） / B类　一般项目: a class of terms, a heading over its
# directions
# (丙类　…奖补（以奖代补，免于评审，…股负责）: its terms and office in a closing bracket)
# (【A类】重点研发专项（归口股室：…）: the class's name in brackets)
# (A类重点研发计划（归口：科技发展股）: its name run on, no space between)
_CLASS_HEAD = re.compile(rf"^(?P<box>[【\[［])?(?P<num>[A-H{STEMS}])(?:类|(?=组[】\]］]))组?"
                         # (not 乙类项目实行事后补助。: what the class's projects do, a sentence)
                         r"(?!项目(?:均|须|应|一律|统一)?(?:实行|采取|采用|按|由|实施|执行|给予))"
                         r"(?(box)[】\]］][\s\u3000]*|(?:[\s\u3000]+|(?=[\u4e00-\u9fff、与和及]{2,20}?"
                         r"(?:计划|专项|项目|奖补|补助|产业化|发展|平台|工程)"
                         r"(?:[(（][^()（）]{1,30}[)）])?$)))"
                         # (C类　…贴息（指南代码：LY26-C01）（归口股室：…）: its code, its office)
                         r"(?P<rest>[\u4e00-\u9fff“\"][^。；;，,(（]{1,40}"  # (D类　“揭榜挂帅”项目)
                         r"(?:[(（][^()（）。]{1,40}[)）]){0,2})$")
# 【A】市级重点研发计划…专项　　归口：… / 【E】…建设　　《指南》：…另行通知: a check-up's group,
# its letter alone in brackets (what follows a wide gap its office or a remark)
_BOXED_LETTER = re.compile(r"^[【\[［](?P<num>[A-H])[】\]］]\s*"
                           r"(?P<rest>[\u4e00-\u9fff“\"].{1,80})$")
# 甲、… / （甲）…: the heavenly stems as numbers
_STEM = re.compile(rf"^(?:[(（]\s*)?(?P<num>[{STEMS}])\s*[、.)）]\s*(?P<rest>[^\x00-\x7f].*)$")
# 壹、重点研发计划: the numerals of bank forms, read as 一、
_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")
_FINANCIAL_NUMBER = re.compile(r"^[(（]?[壹贰叁肆伍陆柒捌玖拾]{1,3}(?=[)）、.]|\s)")
# Ⅰ、揭榜挂帅项目 (folded to I、), (I) 重点研发计划: Roman numerals as a top level
_ROMAN = re.compile(
    r"^[(（]?\s*(?P<num>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s*[、.)）]\s*"
    r"(?P<rest>(?:(?:19|20)\d\d\s*年)?[^\x00-\x7f].*)$")  # (Ⅳ.2025年度支持方向: a year first)
# i. ii. iii. and a． b．: lower-case Roman numerals and letters with a full stop
_ROMAN_LOWER = re.compile(  # (（ii）… too)
    r"^(?:[(（](?=[ivx]{1,4}\s*[)）]))?(?P<num>(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*[.、)）]\s*"
    r"(?P<rest>[^\x00-\x7f].*)$")
_LETTER_DOT = re.compile(
    r"^(?P<num>[a-h])\s*[.、]\s*(?P<rest>(?:[^\x00-\x7f]|[A-Z]{2,}(?=[^\n]*[\u4e00-\u9fff])).*)$")
# Styles with no conventional depth: they nest under whatever heading they are first met in.
RELATIVE_STYLES = frozenset({"I、", "i.", "a.", "a ", "一是", "【·】", "甲、",
                             "一)"})  # (（二）重点研发项目 ⏎ 一）工业领域: its groups)
# 项目名称：… / （一）方向名称：… — a direction named by a label instead of a heading
_NAMED = re.compile(
    rf"^(?:(?P<num>[{CN}]+|\d{{1,2}})\s*[、.]|[(（]\s*(?P<pnum>[{CN}]+|\d{{1,2}})\s*[)）])?\s*"
    # (【政策名称】…: a 政策说明书's item, its label bracketed)
    r"(?P<box>[【\[［]\s*)?(?:(?:项目|方向|榜单|课题|指南方向|事项|政策)名称"
    r"|榜单(?=\s*[:：]\s*[“\u4e00-\u9fff]))"  # (榜单：霍山灵芝…)
    # (not 事项名称：呈贡区2025年度区级科技计划项目申报 atop a 一次性告知书: the call itself; nor
    # 政策名称：…关于组织申报…的通知, a record of the notice)
    r"\s*(?(box)[】\]］]\s*[:：]?|[:：])\s*"
    r"(?P<rest>(?!.*(?:\d{4}\s*年度?|科技计划).*(?:申报|申请|征集)(?:工作)?\s*$)"
    # (…申报指南（摘编）: the notice's title, how it was copied noted after it)
    r"(?!.*(?:通知|指南|办法|意见|细则|措施|规定|方案|》)\s*(?:[(（][^()（）]{1,6}[)）])?\s*$)"
    # (项目名称：MG动画《一图读懂｜…申报指南》配音: a work made about the call, named for it)
    r"(?!.*《[^《》]*(?:通知|指南)》).+)$")

# 表单编号, 文件编号, 报告编号, 合同编号 …: the number of a paper (a form, a letter, a report, a
# contract) that holds or quotes a call, never a direction's code
# (终端编号: the kiosk's own, on the slip it prints; 协议编号, 统一社会信用代码: an agreement's
# and a party's own)
_PAPER_NUMBER = "表单|信件|工单|流水|回执|档案|文件|发文|收文|报告|合同|证书|订单|凭证|发票|案卷" \
    "|终端|设备|协议|统一社会信用|社会信用|记录|报价|受理|索引|取证|样本|问卷|文档|稿件" \
    "|参赛|考生|准考|文本|读者|借阅|馆藏|病历|处方|保单|投保" \
    "|公告|通知|消息"  # (参赛编号：HZ-CJ-2024-017: a contest entry's number; 公告编号: a post's)
CODE = re.compile(
    # （《原指南》重点研发计划方向3，代码：GY26ZY03）: a labelled code after other words too
    r"[(（【\[［〔]\s*(?:(?:[^()（）【】\[\]［］〔〕]{1,30}?[,，;；]\s*)?"
    # (not （报告编号：CH-JA-2026-017）, 合同编号: the number of a paper of its own)
    rf"(?![\u4e00-\u9fff]{{0,2}}?(?:{_PAPER_NUMBER})(?:代码|编号|编码))"
    r"[\u4e00-\u9fff]{0,4}?(?:代码|编号|编码)\s*[:：]?\s*)?"
    r"(?!(?:19|20)\d{2}\s*[)）】\]］〕])"  # 〔2025〕18号, （2025）: a year, not a code
    r"(?![0-9A-Za-z\-]*[Xx]{3})"  # （编号5304XXXX）: a number masked, no code to read
    # (a class's Roman numeral inside: ［指南编号 RC23-Ⅰ-01］)
    r"(?P<code>(?=[0-9A-Za-z\-\u2160-\u216b]*\d{2}|[A-Z]{2,8}(?:-[A-Z]{1,8}){1,2}\d[)）】\]］〕])"
    r"[0-9A-Za-z][0-9A-Za-z\-\u2160-\u216b]{3,19})"
    r"(?:\s*[,，;；]\s*(?:(?:归口|责任|主管)?(?:处室|科室|股室)|归口)\s*[:：]\s*"
    r"(?P<office>[^)）】\]］〕]{2,20})"
    # (not （GR202221000317，复印件）: a certificate's number, its copy attached)
    r"|\s*[,，;；]\s*(?!(?:复印件|原件|扫描件|影印件|副本|正本))"
    r"(?P<after>[^()（）【】\[\]［］〔〕]{1,30}?))?"  # （SG2301，拟支持2项）: terms
    r"\s*[)）】\]］〕]")
# A direction code that leads its heading (ZY2501　酱香型白酒…): capitals, then digits.
# (possessive: a long run of digits must not be split every way before the match fails — a
# fixed-width record of 90 digits took minutes)
# a code outside brackets (CL-QN-01: letter groups before the digits too)
# (SM21-QX-A2a: a sub-direction's letter, lower-case, closing its direction's code)
_BARE_CODE = r"(?P<code>[A-Z]{1,8}+(?:-[A-Z]{1,8}+){0,2}-?\d{2,}+[0-9A-Z]*+(?:-[0-9A-Z]++)*+" \
    r"(?:(?<=\d)[a-z](?![A-Za-z]))?+" \
    r"|[A-Z]{2,8}+(?:-[A-Z]{1,8}+){1,2}\d(?![0-9A-Za-z]))"  # (TX-KJ-A1: a card's letter, 1 digit)
# (or digits only, 1101　动力电池热管理…, where a document numbers its codes so)
# 【一级类别】产业技术攻关项目 ⏎ …校验规则 ⏎ ▶ 2025-CX-01　…: an application system's categories
_CATEGORY_TAG = re.compile(r"^[【\[［]\s*(?P<level>一级|二级|三级)?"
                           r"(?P<word>计划类别|项目类别|申报类别|类别)"
                           r"\s*[】\]］]\s*(?P<rest>[\u4e00-\u9fff“][^。；;：:]{1,40})$")
_CODE_LED = re.compile(
    # (or a year and a class letter first, 2026A01　再生铝…, as 防城港 numbers them)
    # (2025-CX-01　工程机械…: the year, the class's letters, the number)
    # (not P14　有个测算例子：…, a slide's page in a listener's notes; nor 2022　稳岗补贴　…, a
    # table's year column set out in spaces)
    rf"^(?!P\d{{1,3}}[\s\u3000]|(?:19|20)\d{{2}}[\s\u3000])(?:{_BARE_CODE}|(?P<digits>\d{{4,8}}(?:[A-Z]{{1,3}}\d{{2,4}})?"
    r"|20\d{2}-[A-Z]{1,4}-\d{1,3}))"
    r"(?:[\s\u3000]+|\s*[｜|]\s*)"  # (ST22-DC01｜毛霉型…: a bar between them)
    r"(?P<rest>(?:[^\s\u3000\d｜|]|\d+[A-Za-z]).*)$"  # (ZC2019-ZD01　5G+工业互联网…)
    # 【DZ25JB01】企业研发投入增量奖补: the code in brackets before the title (labelled too:
    # 【榜单编号SN2025JB01】高海拔光伏…)
    rf"|^[【\[［〔](?:[\u4e00-\u9fff]{{0,4}}(?:编号|代码|编码)\s*[:：]?\s*"
    r"|[\u4e00-\u9fff]{1,6}(?=[A-Z]))?"  # (【帮办事项卡TX-KJ-A1】…: the card's word, then its code)
    rf"(?:{_BARE_CODE.replace('?P<code>', '?P<bcode>')})[】\]］〕]"
    r"\s*(?P<brest>[^\s\d].*)$")
# A code after the title, set apart by spaces (（1）高新技术企业培育入库奖补　YC26C01).
# …技术　代码：MDJ21-GY-01: labelled the same way
# (tried only from the first space of a gap, each run taken whole: a line of long gaps tried at
# every space and split every way took seconds)
# 指南代码： before a code (代码XL25-YF01: said without its colon)
_LABELLED = r"[\u4e00-\u9fff]{0,4}?(?:代码|编号|编码)\s*[:：]?\s*"
_CODE_TRAILING = re.compile(  # …配套栽培 — 编号：DZ25NY01 / …化学品—TX2024-01: after a dash too
    rf"(?<![\s\u3000])(?:[\s\u3000]*+[—–]+[\s\u3000]*+|(?:[\s\u3000]*+-+)?[\s\u3000]++)"
    rf"(?:{_LABELLED})?{_BARE_CODE}\s*$")
# …净化技术示范，代码YD26NS01。: labelled after a comma, closing the line
COMMA_CODE = re.compile(rf"[，,]\s*[\u4e00-\u9fff]{{0,4}}?(?:代码|编号|编码)\s*[:：]?\s*"
                        rf"{_BARE_CODE}\s*[。.]?\s*$")
# 创新药物临床前研究 指南代码：DDK24-ZH01: a name cell's code, labelled, closing the cell
_CELL_CODE = re.compile(rf"[\s\u3000]+{_LABELLED}{_BARE_CODE}\s*$")
_CODE_FIRST_CELL = re.compile(rf"^\s*{_BARE_CODE}[\s\u3000]+(?=[\u4e00-\u9fff])")
# 1、新型墙体材料研发            2015GY0101: an OA print's 计划编号, a year first, set apart by a
# run of spaces at the line's end
_SPACED_YEAR_CODE = re.compile(r"(?<![\s\u3000])[\s\u3000]{2,}"
                               r"(?P<code>(?:19|20)\d{2}[A-Z]{1,4}\d{2,6})\s*$")
# A line that only states a code: 指南代码：GZ26ZD0101 / 方向编号：ZY2511.
# also bracketed (（代码：CD2023YF0101）, 【项目编号】BH23RD0101) and with the managing office
# (（指南代码：CZ25SF01　归口处室：社会发展科技处）)
# a field's list number before a code or office line: （4）指南代码：NY2026ZD01
_FIELD_NUMBER = (r"^(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
                 # (①榜单编号：…, its ① folded to 1 against the label)
                 r"|\d{1,2}\s*[.、．]|\d{1,2}(?=[\u4e00-\u9fff]{2,4}?(?:代码|编号|编码))"
                 r"|[a-h]\)(?=[\s\u3000]))?\s*")  # (a)　事项代码：…: an SOP clause's term)
CODE_LINE = re.compile(
    # (not 原项目编号：…, a 续期 project's code of the year it was first funded)
    # (nor 表单编号：…, 信件编号：…, 文件编号：…: the form's, the letter's or the paper's own
    # number)
    _FIELD_NUMBER + rf"[(（【\[［〔〖]?\s*(?!原|上年|{_PAPER_NUMBER})"
    r"(?:[\u4e00-\u9fff]{0,5}?(?:代码|编号|编码)|包号)"
    # (‘LX2026GX01’: a code in Texinfo's quotes; 榜单编号｜NJJB2022-01: a bar for the colon)
    r"\s*[】\]］〕〗]?\s*[:：|]?\s*[‘'`]?"
    r"(?P<code>(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19})[’']?"
    r"(?:[\s,，;；]*(?:归口|责任|主管|承办)?(?:处室|科室|股室|部门)\s*[:：]\s*(?P<office>[^\s)）】\]］〕]{2,20}))?"
    r"\s*[)）】\]］〕]?\s*[。.]?$")
_CODE_LABEL = _FIELD_NUMBER + rf"(?!{_PAPER_NUMBER})" \
    r"(?:[\u4e00-\u9fff]{0,5}?(?:代码|编号|编码)|包号)\s*[:：]\s*"
# 指南代码：NJ23ZD0101　项目类型：重大专项: a line a code's label opens (whatever follows it)
CODE_LEAD = re.compile(_CODE_LABEL + r"[0-9A-Za-z]")
# 指南代码：JD26A02（下设2个子方向，共用本代码，每个子方向拟支持1项）: a code and a remark on it
CODE_REMARK_LINE = re.compile(
    _CODE_LABEL +
    r"(?P<code>(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19})"
    r"\s*[(（](?P<remark>[^()（）]{4,80})[)）]\s*[。.]?$")
# 榜单编号ZL26-JB-01。县财政按…给予事后补助…: a code opening its paragraph, the terms after it
CODE_BODY_LINE = re.compile(
    _FIELD_NUMBER + rf"(?!{_PAPER_NUMBER})(?:[\u4e00-\u9fff]{{0,5}}?(?:代码|编号|编码))\s*[:：]?\s*"
    r"(?P<code>(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19})\s*[。；;]\s*"
    r"(?P<body>\S.{4,})$")
# 归口处室：产业科技处 on its own line under a heading
OFFICE_LINE = re.compile(
    # (【本盒主管股室】…: the office a 说明书 box's items share)
    _FIELD_NUMBER + r"[(（【\[［〔〖]?\s*(?:(?:项目|本盒|本组|本类|本专项|本计划|分组)?"
    r"(?:归口|责任|主管|承办|牵头|管理|受理|业务)"
    r"(?:处室|科室|股室|部门)|归口管理(?:单位|部门|科室|处室|股室)?"  # 归口管理：蕲春县…局
    r"|(?:受理)?归口(?=\s*[:：])"  # (（归口：高新技术科）, 受理归口：达州市科学技术局)
    r"|(?:找|到)哪(?:个|一个)?(?:股|科|科室|处室|股室|部门))"  # (a 白话版's 找哪个股：高新技术股。)
    r"\s*[】\]］〕〗]?\s*[:：]?\s*"
    r"(?P<office>[^\s)）】\]］〕:：]{2,20}?(?:科|处|室|办|中心|股|局|部))\s*[)）】\]］〕]?"
    r"(?:[(（][^()（）]{2,40}[)）])?\s*[。.]?"  # (农村科技股（本事项与…联合组织，由…受理）。)
    # 归口科室：高新技术科　联系电话：0813-8100731 — the office's contact after it
    # (or in brackets: 受理科室：高新技术科（联系电话：022-29341528）)
    r"(?:(?:[\s,，;；]+|\s*[(（])(?:联系人|联系电话|电话|咨询电话)\s*[:：].*)?$")
# （高新技术科）, 【海洋科技处】, （高新技术科管理）; not （含重点实验室、工程中心）
OFFICE = re.compile(
    r"[(（【\[［〔](?P<office>(?!含|包括|不含|如)[^()（）【】\[\]［］〔〕、,，;；]{2,26}?"
    r"(?:科|处|室|办|中心|股|局|委|管委会|管理|统筹|负责|(?<=[局股科处室])(?:受理|归口|管)"
    r"|(?<=[局股科处室]负责)受理))"
    r"[)）】\]］〕]\s*$")  # 股: a county's (（科技发展股管）: said aloud)
# (（科技创新局受理）: a 管委会's bureau that takes the applications; （高新技术股受理） a 股)


@dataclass
class Line:
    """A source line with junk removed. `after_break`: a page break was dropped just before it;
    `continued`: it carries on the sentence the line before was cut in (a hard wrap)."""

    number: int
    text: str
    norm: str
    after_break: bool = False
    table: bool = False
    continued: bool = False
    title_tail: bool = False  # the rest of the heading above, cut at the page width
    after_blank: bool = False  # an empty line stood right before it (no page break between)
    heading_depth: int = 0  # a Markdown heading's ## count: the writer marked it a heading
    notes: tuple[str, ...] = ()  # footnotes its marks call (…技术¹,⁴（HK26NY01）): its terms
    own_notes: tuple[str, ...] = ()  # a footnote only its mark calls (…研制⁴ ⏎ ⁴该方向…): its own
    indent_depth: int = 0  # in an outline shown only by indentation: how deep it is indented
    cell: bool = False  # a label | value row read as its label's line: the value is whole


@dataclass(frozen=True)
class Heading:
    """A numbered or keyword heading: its style (how deep it sits) and what it says."""

    style: str
    level: float
    number: tuple[int, ...] | None
    number_text: str | None
    rest: str
    keyword: str | None = None
    kind: Kind | None = None
    strong: bool = False
    code: str | None = None
    container: bool = False


# ----------------------------------------------------------------------- junk


# Word's automatic numbering saved as text: "1.1\t标题", "（一）\t标题", "①\t…", "a.\t…" — a tab
# after the number is the list's own spacing, not a table cell (the rest of the line has no tab).
AUTO_NUMBER_TAB = re.compile(
    rf"^(?P<num>\s*(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[.、．]?|[(（][{CN}\d]{{1,3}}[)）]|[{CN}]{{1,3}}、"
    rf"|[{CIRCLED}]|[a-hA-H][.、．)）]|[(（][a-hA-H][)）]"
    r"|[\u2474-\u2487\u249c-\u24b5\u24b6-\u24cf](?:-\d{1,2})?"  # (⑴, ⒜, Ⓐ; ⒝-1: set in one glyph)
    # (a list whose numbers Word writes with a keyword: 方向1：, 课题2：, 第三章)
    rf"|(?:子?方向|子?课题|专项|专题|任务|榜单)[{CN}\d]{{1,3}}[:：.、．]?"
    rf"|第[{CN}\d]{{1,3}}(?:章|节|部分|篇|条)))\t(?=[^\t]+$)")


# **二、重点研发计划** — bold marks of a web page copied as text; &nbsp; left by its HTML
BOLD = re.compile(r"^(\s*)\*\*(?P<text>.+?)\*\*\s*$")


# <p>研究内容：…<br/> — an editor's tags left in the copied text
HTML_TAG = re.compile(r"</?(?:p|br|span|div|strong|b|em|font|section|td|tr)\b[^<>]{0,200}>",
                      re.IGNORECASE)


# 温馨提示, 划重点, 特别提醒 set off with the directions' own mark: an aside to the reader
_ASIDE_TITLE = re.compile(r"^(?:温馨提示|友情提示|特别提示|特别提醒|重要提示|划重点|小贴士|敲黑板)"
                          r"[\s★☆◆■●▲*！!]*$"
                          # (★展业提示：这两个方向…: a sales team's tip among the directions,
                          # its remark run on after its colon)
                          r"|^[\u4e00-\u9fff]{0,4}(?:提示|提醒|贴士|点评|解读)\s*[:：]")


def _unbold(raw: str) -> str:
    raw = raw.replace("&nbsp;", " ")
    if "<" in raw:
        untagged = HTML_TAG.sub("", raw)
        # (（R&amp;D）经费支出: the HTML's entities too, where its tags were)
        raw = html.unescape(untagged) if untagged != raw and "&" in untagged else untagged
    match = BOLD.match(raw)
    if match:
        return _INLINE_BOLD.sub(r"\g<text>", f"{match[1]}{match['text']}")
    # **资助额度：**最高不超过200万元 / · **支持方式**：前资助 — a bold label opening the line
    label = BOLD_LABEL.match(raw) if "**" in raw else None
    if label:
        raw = f"{label['lead']}{label['label']}{label['colon'] or ''}{raw[label.end():]}"
    # 每项资助**15～30万元** / 研发投入不低于**100万元**: a phone's reading mode kept the marks
    return _INLINE_BOLD.sub(r"\g<text>", raw) if "**" in raw else raw


_INLINE_BOLD = re.compile(r"\*\*(?P<text>[^*\n]{1,40}?)\*\*")


BOLD_LABEL = re.compile(r"^(?P<lead>\s*(?:[·•]\s*)?)\*\*(?P<label>[^*：:]{1,16})"
                        r"(?:(?P<colon>[:：])\*\*|\*\*\s*(?=[:：]))\s*")


# A guideline exported from a site's editor as Markdown: ## headings, > notes, - items,
# **bold**, [links](…), | :---: | rules under a table's header, --- between parts.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")  # | :--: | :-- |
_MD_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)"  # a heading, a note
                       r"|^\s{0,3}(?:[-*_]\s*){3,}$")  # a rule between parts
_MD_ITEM = re.compile(r"^\s{0,3}[-*+]\s+(?!\d+\s*[-—]?\s*$)")  # - an item (not - 12 -)
_MD_INLINE = re.compile(r"\*\*(?P<bold>[^*]+)\*\*|__(?P<under>[^_]+)__"
                        r"|!?\[(?P<link>[^\]]*)\]\([^)]*\)(?:\{[^{}]*\})?")  # ![](…){width=…}
# pandoc's escapes (1\. 标题, 300\~500万元) and the backslash ending a line it breaks by hand
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|<>])|\\\s*$")


def _is_markdown(raw_lines: list[str]) -> bool:
    """Two or more ## headings, or a table's | --- | rule: the text is Markdown source."""
    headings = sum(1 for raw in raw_lines if _MD_HEADING.match(raw))
    return headings >= 2 or any(_MD_TABLE_RULE.match(raw) for raw in raw_lines)


def _unmark(raw: str) -> str:
    """A Markdown line as the text it renders to (the line itself kept, so numbers hold)."""
    if _MD_TABLE_RULE.match(raw):
        return ""
    raw = _MD_ITEM.sub("● ", _MD_MARKS.sub("", raw))  # an item as the bullet it renders to
    if "*" in raw or "_" in raw or "](" in raw:
        raw = _MD_INLINE.sub(lambda m: m["bold"] or m["under"] or m["link"] or "", raw)
        raw = raw.replace("**", "")  # a bold run the editor's line width cut in two
    return _MD_ESCAPE.sub(lambda m: m[1] or "", raw) if "\\" in raw else raw


# | 序号 | 榜单编号 | 榜单名称 | — a table drawn with bars (web pages, Markdown, │ box lines)
PIPE_ROW = re.compile(r"^\s*[|│┃](?P<cells>(?:[^|│┃]*[|│┃]){2,})\s*$")
# 支持方式 | 支持额度 | 实施期限 — the same without the outer bars
OPEN_PIPE_ROW = re.compile(r"^[^|│┃\-\s][^|│┃]*(?:\s[|│┃]\s[^|│┃]+){2,}$")
# …and with full-width bars, unspaced (no label in a cell: 代码：…｜归口：… is a card's line)
_WIDE_BAR_ROW = re.compile(r"^[^｜|:：\s][^｜|:：]*(?:｜[^｜|:：]+){2,}$")


_TABLE_HINT = re.compile(r"[|│┃｜]|\S[ \u3000]{2,}\S")
# 补助事项      补助对象      补助标准 — columns lined up with runs of spaces
SPACED_CELLS = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")


# 方向1-1  樟帮特色炮制工艺…规范化研究  〔ZS2025-Z101〕: a heading's number, title and bracketed
# code set apart by runs of spaces — one heading, not a table's row
_SPACED_HEADING = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}\s*)?\d{1,2}(?:[-.－]\d{1,2}){0,2}"
                             r"[ \u3000]{2,}"
                             r"[^\t\d\s][^\t]{3,80}?[ \u3000]{2,}"
                             r"[〔（(【\[][^〔〕（）()【】\[\]]{0,8}?[A-Za-z][A-Za-z0-9\-]{3,20}[〕）)】\]]$")


def _pipe_cells(raw: str) -> str:
    """A row drawn with bars, or lined up with runs of spaces, as the tab-separated row the
    table readers take."""
    text = raw.strip()
    if not _TABLE_HINT.search(text):
        return raw  # most lines: no bar, no run of spaces
    match = PIPE_ROW.match(raw)
    if match is None and "\t" not in text and len(SPACED_CELLS.findall(text)) >= 2 \
            and re.search(r"[\u4e00-\u9fff]", text) and not _SPACED_HEADING.match(text):
        return SPACED_CELLS.sub("\t", text)
    if match is not None:
        cells = [cell.strip() for cell in re.split(r"[|│┃]", match["cells"])[:-1]]
        return "\t".join(cells) if any(cells) else raw
    if OPEN_PIPE_ROW.match(raw.strip()):
        return "\t".join(cell.strip() for cell in re.split(r"[|│┃]", raw.strip()))
    if text.count("｜") + text.count("|") == 1 and (coded := _CODE_BARRED.match(text)):
        # ⑴ ST22-DC01｜毛霉型…研究: a heading's code before its title, a bar between
        return f"{coded['num'] or ''}{coded['title']}（{coded['code']}）"
    if "｜" in text and (tagged := _bar_tagged_title(text)) is not None:
        return tagged  # 〔HY23CD-01〕…研发｜A类｜立项≤2项: a heading, its tags after bars
    if _WIDE_BAR_ROW.match(text) and all(_balanced(cell) for cell in text.split("｜")):
        # 类别｜牵头要求｜资助标准 ⏎ A类｜须由企业牵头…｜每项… (not …技术（前资助｜20～30万元｜须
        # 企业牵头）: a title's terms, barred inside its bracket)
        return "\t".join(cell.strip() for cell in text.split("｜"))
    return raw


# A类 / 立项≤2项 / 拟支持3项 / 前资助 / 限企业牵头: a short tag set after a title by a bar
_BAR_TAG = re.compile(r"^(?:[A-H甲乙丙丁]类(?:项目)?"
                      r"|[^｜，,。；;]{0,8}?(?:\d{1,3}|[一二两三四五六七八九十])\s*(?:项|个|万元|年|个月)"
                      r"[^｜，,。；;]{0,6}"
                      r"|(?:事前|事后|前|后)(?:资助|补助)|以奖代补|[^｜，,。；;]{0,8}牵头)$")


def _bar_tagged_title(text: str) -> str | None:
    """〔HY23CD-01〕大功率液冷超充桩功率模块研发｜A类｜立项≤2项 (or 2-1　…技术【攻关类｜立项指标
    2个】): a numbered or coded title, its class and terms set after bars — the title with its
    terms in a bracket and its class in one of its own last (…研发（立项≤2项）（A类）), as a
    title's class tag closes it; None for a table's row."""
    boxed = _BOXED_TAGS.match(text.strip())
    if boxed is not None:  # (terms in the box may be clauses: 须由…牵头，可联合…申报)
        head, tags = boxed["head"], [tag.strip() for tag in boxed["tags"].split("｜")]
    else:
        head, *tags = [cell.strip() for cell in text.split("｜")]
        if not tags or len(tags) > 3 or not all(_BAR_TAG.match(tag) for tag in tags) \
                or not _balanced(head):
            return None
    heading = classify_text(head)
    if heading is None or not (heading.number or heading.code) or len(heading.rest) < 4 \
            or not title_like(heading.rest) or not all(tags) \
            or _LABELLED_CODE_HEAD.match(head):  # (代码 FH25-ZD01｜前资助｜…: a card's line)
        return None
    classes = [tag for tag in tags if _CLASS_TAG.fullmatch(tag)]
    terms = [tag for tag in tags if tag not in classes]
    said = f"（{'；'.join(terms)}）" if terms else ""
    classed = "".join(f"（{c}）" for c in classes)
    if said and not TERMS_BRACKET.fullmatch(said):  # (须由…牵头，可联合…申报: clauses, a body)
        return f"{head}{classed}。{'；'.join(terms)}。"
    return head + said + classed


# …技术【攻关类｜立项指标2个】: a title's tags boxed at its end, bars between them
_BOXED_TAGS = re.compile(r"^(?P<head>.+?)[【［\[]"
                         r"(?P<tags>[^【】［］\[\]]{2,80}?｜[^【】［］\[\]]{2,80})[】］\]]$")
_CLASS_TAG = re.compile(r"[A-H甲乙丙丁]类(?:项目)?|[\u4e00-\u9fff]{2,4}类")
_LABELLED_CODE_HEAD = re.compile(r"^\s*[\u4e00-\u9fff]{0,4}(?:代码|编号|编码)")


_CODE_BARRED = re.compile(r"^(?P<num>(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.、．]"
                          rf"|[⑴-⒇①-⑳㈠-㈩])[ \u3000]*)?{_BARE_CODE}\s*[｜|]\s*"
                          r"(?P<title>[\u4e00-\u9fff“《][^｜|\t]*)$")


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


def _width(text: str) -> int:
    """Display columns: a CJK or full-width character takes two, as a text rendering lays it."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_GAP = re.compile(r"( {2,}|\u3000{2,})")
# 序号　方向名称　　　支持金额　实施期限 — a table lined up with full-width spaces alone, where
# one 　 is as wide as two spaces: a gap between cells
_FULL_WIDTH_GAP = re.compile(r"( {2,}|\u3000+)")
SPACED_FULL_WIDTH = re.compile(r"(?<=\S)(?: {2,}|\u3000+)(?=\S)")


# 项目类别 | 支持方式 | …: the column a table names each row's class in
CATEGORY_COLUMN = re.compile(r"^(?:项目|计划|专项|支持)?(?:类别|类型)$")


def _cells_at(line: str, width: Callable[[str], int] = _width,
              gap: re.Pattern[str] = _GAP) -> list[tuple[int, str]]:
    """(column, text) of each cell of a line set out with runs of spaces; the column counted
    in display columns, or in characters (`len`) where the text was laid out that way."""
    found, at = [], 0
    for piece in gap.split(line):
        if piece.strip() and not gap.fullmatch(piece):
            found.append((at + width(piece) - width(piece.lstrip()), piece.strip()))
        at += width(piece)
    return found


def _layout_measure(lines: list[str], gap: re.Pattern[str] = _GAP) -> Callable[[str], int]:
    """How a table's columns were lined up: in display columns (a CJK character two wide) or
    in characters — whichever puts more of its cells right under a header cell."""
    def fit(width: Callable[[str], int]) -> int:
        starts = {at for at, _ in _cells_at(lines[0], width, gap)}
        return sum(1 for line in lines[1:] for at, _ in _cells_at(line, width, gap)
                   if any(abs(at - start) <= 1 for start in starts))
    return len if fit(len) > fit(_width) else _width


def _full_width_laid(raw: str) -> bool:
    """A line set out with full-width spaces alone (no tab, no run of plain spaces)."""
    return "\t" not in raw and "  " not in raw.strip() and "|" not in raw \
        and SPACED_FULL_WIDTH.search(raw.strip()) is not None


def _realign_tables(raw_lines: list[str]) -> list[str]:
    """A table laid out in columns between rules (────), as pdftotext renders one, with cells
    wrapped onto the lines below: each row read as one tab-separated line (on its first line;
    the lines that only carried its wrapped cells left empty)."""
    lines = list(raw_lines)
    rules = [i for i, raw in enumerate(lines) if raw.strip() and TABLE_RULE.match(raw.strip())
             and ("─" in raw or "━" in raw)]
    blocks = [[i for i in range(top + 1, bottom) if lines[i].strip()]
              for top, bottom in pairwise(rules)]
    blocks += [_spaced_block(lines, i) for i, raw in enumerate(lines)
               if TABLE_CAPTION.match(raw) and not any(TABLE_RULE.match(r.strip())
                                                       for r in lines[i + 1:i + 3] if r.strip())]
    # (or under a header of direction columns, whatever its caption: 序号  项目类别  方向名称 …)
    blocks += [_spaced_block(lines, i - 1) for i, raw in enumerate(lines)
               if i and "\t" not in raw and "|" not in raw and raw.count("  ") >= 3
               and len(SPACED_CELLS.findall(raw.strip())) >= 3 and len(heads := _cells_at(raw)) >= 4
               and is_direction_table([cell for _, cell in heads])]
    blocks += [_spaced_block(lines, i - 1, _FULL_WIDTH_GAP) for i, raw in enumerate(lines)
               if i and _full_width_laid(raw)
               and len(heads := _cells_at(raw, gap=_FULL_WIDTH_GAP)) >= 2
               and (is_direction_table(cells := [cell for _, cell in heads]) or (
                   # (类别　申报主体　支持方式　资助额度: a class's terms, a row each)
                   len(cells) >= 3 and CATEGORY_COLUMN.match(cells[0]) is not None
                   and is_terms_header(cells[1:])))]
    for block in blocks:
        if len(block) < 2 or any("\t" in lines[i] or "|" in lines[i] for i in block):
            continue
        # (a table lined up with full-width spaces alone: one 　 between two cells is a gap)
        gap = _FULL_WIDTH_GAP if all("  " not in lines[i].strip() for i in block) \
            and _full_width_laid(lines[block[0]]) else _GAP
        width = _layout_measure([lines[i] for i in block], gap)
        header = _cells_at(lines[block[0]], width, gap)
        listing = titles_only([cell for _, cell in header])
        if len(header) < 3 and not listing:
            continue
        if sum(1 for _, cell in header if re.search(r"[\u4e00-\u9fff][:：]", cell)) >= 2:
            continue  # (日　　期：…　　天气：… between a log's ━━━ banners: labels, no header)
        if sum(1 for i in block if len(_cells_at(lines[i], width, gap)) >= 2) * 3 < len(block):
            continue  # (a day's record between a log's ──── rules: its lines prose, no cells)
        starts = [at for at, _ in header]
        inside = set(block)
        elsewhere = "".join(raw.strip() for i, raw in enumerate(lines) if i not in inside)
        rows: list[tuple[int, list[str]]] = []
        base = _margin(lines[block[0]])  # (the header's: a page laid out wholly indented)
        for i in block:
            if _margin(lines[i]) <= base and not SPACED_CELLS.search(lines[i].strip()) \
                    and classify_text(lines[i].strip()) is not None:
                continue  # a group's heading between the rows stays a line of its own
            cells = [""] * len(starts)
            for at, text in _cells_at(lines[i], width, gap):
                column = max((k for k, start in enumerate(starts) if start <= at + 2), default=0)
                cells[column] += text
            filled = {k for k, cell in enumerate(cells) if cell}
            above = {k for k, cell in enumerate(rows[-1][1]) if cell} if rows else set()
            if not rows or (len(filled) * 2 >= len(starts) and (
                    filled >= above - {0} if 0 not in filled
                    else len(filled) >= len(above) - 1
                    or (rows[-1][1][0] + cells[0]) not in elsewhere)):
                # a row fills most columns, all but one the row above fills (with its first
                # empty, where it is merged with the row above's: every other one); a wrap
                # carries a few (前资助、分年 ⏎ 拨付  元  可联合…: the row's cells go on), its
                # first cell too where the two make a name the text uses (科技成果转化 ⏎ 引导计划)
                rows.append((i, cells))
            else:  # a wrapped cell carried onto this line: it belongs to the row above
                rows[-1] = (rows[-1][0], [a + b for a, b in zip(rows[-1][1], cells, strict=True)])
            lines[i] = ""
        for i, cells in rows:
            lines[i] = "\t".join(cells)
            if listing and i != block[0] and re.fullmatch(r"\d{1,3}", normalise(cells[0])):
                # 序号 | 方向名称 and its rows, no column of terms: a numbered list of titles
                lines[i] = f"{normalise(cells[0])}．{cells[1]}"
        if listing:
            lines[block[0]] = ""
    return lines


# 续表1 / 续表1（续） / 表1（续）: a table going on past a page break, its header printed again
CONTINUED_CAPTION = re.compile(r"^\s*(?:续表\s*[\d一二三四五六七八九十]*\s*(?:[(（]续[)）])?"
                               r"|表\s*\d{1,2}\s*[(（]续[)）])\s*$")


def _continued_tables(raw_lines: list[str]) -> list[str]:
    """A table Word split at a page: 续表1 and its header row again between two rows are
    print (left empty), and the row after them whose first cells are empty (its number and
    name printed whole before the break) goes on with the row before the break, each cell
    with its own — read whole on that row's line, as a PDF's split row is."""
    lines = list(raw_lines)
    filled = [i for i, raw in enumerate(lines) if raw.strip()]
    for at, i in enumerate(filled[1:-1], start=1):
        if not CONTINUED_CAPTION.match(lines[i]) or "\t" not in lines[filled[at - 1]]:
            continue
        before = filled[at - 1]
        width = len(lines[before].split("\t"))
        start = before  # (the table's header: the first of its rows, blank lines between)
        while start > 0 and ("\t" in lines[start - 1] or (
                start > 1 and not lines[start - 1].strip() and "\t" in lines[start - 2])):
            start -= 1
        header = next((lines[k] for k in range(start, before) if "\t" in lines[k]), None)
        after = filled[at + 1]
        if header is None or lines[after].strip() != header.strip():
            continue
        lines[i] = lines[after] = ""
        goes = filled[at + 2] if at + 2 < len(filled) else None
        if goes is None or len(cells := lines[goes].split("\t")) != width:
            continue
        lead = cells[:2] if width > 2 else cells[:1]  # (its number and name, or its name)
        if any(cell.strip() for cell in lead) or not any(cell.strip() for cell in cells):
            continue  # (a row of its own)
        row = lines[before].split("\t")
        lines[before] = "\t".join(a + b.strip() for a, b in zip(row, cells, strict=True))
        lines[goes] = ""
    return lines


def _sheet_pages_joined(raw_lines: list[str]) -> list[str]:
    """A sheet too wide for the page, printed across pages (Excel's 先列后行): one page holds
    序号 | 方向名称 | 主要研究内容 for every row, a later one 序号 again (a print title) with the
    rows' other columns (支持金额 | 实施期限 | …). Each row reads whole where its name is, the
    later page's cells joined to it by its 序号, that page's header and rows left empty."""
    lines = list(raw_lines)
    cells = [raw.split("\t") if "\t" in raw else [] for raw in lines]

    def number(row: list[str]) -> str | None:
        return found[1] if row and (found := re.fullmatch(r"\s*(\d{1,3})\s*", row[0])) else None

    headers = [i for i, row in enumerate(cells) if row and _ROW_NUMBER_COLUMN.match(row[0])]
    for first, later in pairwise(headers):
        names, rest = cells[first], cells[later]
        if not any(_title_column(normalise(c).strip()) for c in names[1:]) \
                or any(_title_column(normalise(c).strip()) for c in rest[1:]) \
                or len(rest) < 3 or set(map(str.strip, rest[1:])) & set(map(str.strip, names)):
            continue
        above = next((lines[i] for i in range(later - 1, first, -1) if lines[i].strip()), "")
        if TABLE_CAPTION.match(above) and not CONTINUED_CAPTION.match(above):
            continue  # (表10-2　林场拟参与申报项目…: a table of its own, captioned)
        rows = {n: i for i in range(first + 1, later) if (n := number(cells[i])) is not None}
        after: dict[str, int] = {}
        for i in range(later + 1, len(lines)):
            if cells[i] and cells[i] == rest:
                continue  # (its header printed again on a next page)
            if lines[i].strip() and not cells[i] and after:
                break  # (the sheet ends: a paragraph after it)
            if (n := number(cells[i])) is not None and len(cells[i]) == len(rest):
                after[n] = i
        if len(after) < 3 or set(after) != set(rows):
            continue
        lines[first] = "\t".join([*names, *rest[1:]])
        lines[later] = ""
        for n, i in after.items():
            lines[rows[n]] = "\t".join([*cells[rows[n]], *cells[i][1:]])
            lines[i] = ""
        for i in range(first + 1, later):  # (| 一、农业科技类 |: a group's row, spanning)
            said = [cell.strip() for cell in cells[i] if cell.strip()]
            if cells[i] and number(cells[i]) is None and len(said) == 1:
                lines[i] = said[0]
    return lines


def _margin(raw: str) -> int:
    """The display columns before a line's text (a full-width space two, as it is laid)."""
    return _width(raw) - _width(raw.lstrip(" \u3000"))


TABLE_CAPTION = re.compile(r"^\s*(?:附\s*)?表\s*\d{1,2}(?![\d.])")


def _spaced_block(lines: list[str], caption: int, gap: re.Pattern[str] = _GAP) -> list[int]:
    """The lines of a table laid out in columns with spaces, no rules, under its caption (表1
    …): its header and rows, and the lines that carry a wrapped cell under its column."""
    spaced = SPACED_FULL_WIDTH if gap is _FULL_WIDTH_GAP else SPACED_CELLS
    block: list[int] = []
    header: set[int] = set()
    base = 0  # the header's own margin (a page laid out wholly indented: the table's left edge)
    blank = False
    for i in range(caption + 1, min(len(lines), caption + 60)):
        raw = lines[i]
        if not raw.strip():
            if blank:
                break
            blank = True  # (one empty line after the caption or between rows, as a PDF's
            continue  # text lays them out with space between, goes on)
        if blank and (PAGE_NUMBER.match(normalise(raw.strip()))
                      or not spaced.search(raw.strip())):
            break  # (— 3 —: the page ends, and the table with it; a paragraph after it)
        blank = False
        margin = _margin(raw)
        # (a wrapped cell under a column of the header: 序号  方向名称 ⏎       与全程溯源…)
        indented = margin >= 12 or (margin >= 2 and any(
            abs(margin - at) <= 1 for at in header) and not spaced.search(raw.strip()))
        # (一、中药产业关键技术攻关（归口股室：科技股） between the rows: a group's row)
        grouping = bool(block) and margin <= base and classify_text(raw.strip()) is not None
        if not (spaced.search(raw.strip()) or (block and indented) or grouping):
            break
        if not block:
            header = {at for measure in (len, _width) for at, _ in _cells_at(raw, measure, gap)[1:]}
            base = margin
        block.append(i)
    return block


MIN_MERGED_ROWS = 2

# PART 02 ⏎ 重点领域研发专项: a 公众号 editor's badge over a part's title (135编辑器, 秀米)
_PART_BADGE = re.compile(r"^(?:PART|Part|part)\s*0?(?P<n>\d{1,2})$")


def _part_badges(texts: list[str]) -> list[str]:
    """Each part's badge read with the title under it as the part's heading (第二部分　重点领域
    研发专项), where a document marks two or more parts so."""
    badges = [(i, badge) for i, text in enumerate(texts)
              if (badge := _PART_BADGE.match(text.replace("\xa0", " "))) is not None]
    if len(badges) < 2:
        return texts
    out = list(texts)
    for i, badge in badges:
        title = next((j for j in range(i + 1, min(len(texts), i + 4)) if texts[j].strip()), None)
        if title is None or len(texts[title]) > 24 or re.search(r"[。；;：:，,]", texts[title]):
            continue
        out[title] = f"第{chinese_numeral(int(badge['n']))}部分　{texts[title].strip()}"
        out[i] = ""
    return out


# 一、 ⏎ 总体要求 / （一） ⏎ 新能源汽车… / 1. ⏎ 高强韧铝合金…: a PDF viewer's copy where Word's
# list numbers were runs of their own, each number alone on the line above its title
_LONE_NUMBER = re.compile(rf"^\s*(?:[{CN}]{{1,3}}\s*、"
                          rf"|[(（]\s*(?:[{CN}]{{1,3}}|\d{{1,2}}(?:\.\d{{1,2}})*|[{BRANCHES}])\s*[)）]"
                          r"|\d{1,2}(?:\.\d{1,2})*\s*[.．、]"
                          r"|[\u3220-\u3229\u2474-\u249b]"  # ㈦ ⑺ ⒎: a number in one character
                          r"|[【\[［〔]\s*[A-H]\d{1,2}\s*[】\]］〕]"  # 〔A1〕: a class's item
                          # 【1-1】: a direction of part 1
                          r"|[【\[［〔]\s*\d{1,2}(?:-\d{1,2}){1,2}\s*[】\]］〕]"
                          r"|[Ⓐ-Ⓩ]|〈\s*\d{1,2}\s*〉"  # Ⓒ ⏎ 藤铁工艺品…: a circled letter
                          r"|(?:[\u2160-\u216b]|[IVX]{1,4})\s*[.．、]"  # Ⅱ. ⏎ 温泉康养…贴息
                          # 01 ⏎ 五指山红茶…: a post's big numerals, two digits each (a bare 3
                          # is a page's number; so is a bare 12 where no numeral opens with 0)
                          r"|\d{2})\s*$")
MIN_LONE_NUMBERS = 3


def _lone_numbers(raw_lines: list[str]) -> list[str]:
    """Each number standing alone joined to the title on the line after it (on the title's
    line, the number's left empty), where a document numbers three or more headings so."""
    lone = [i for i, raw in enumerate(raw_lines[:-1]) if _LONE_NUMBER.match(raw)
            and _lone_over_title(raw_lines[i + 1])]
    if not any(raw_lines[i].strip().startswith("0") for i in lone):
        lone = [i for i in lone if not re.fullmatch(r"[0-9]+", raw_lines[i].strip())]  # (not ⑴)
    if len(lone) >= MIN_LONE_NUMBERS:
        return _joined_to_titles(raw_lines, lone)
    # (㈥ 南方长城…智能巡检 ⏎ ㈦ ⏎ 智慧景区改造奖补: one number a line break left alone,
    # its siblings numbered on their titles' lines; 1.2 ⏎ 古村落…, a decimal's too)
    # (〔A1〕 ⏎ … ⏎ 〔A2〕 ⏎ … ⏎ 〔A3〕基于…: the last before a titled one first, then the one
    # before it)
    out = list(raw_lines)
    while lone := [i for i, raw in enumerate(out[:-1])
                   if (_LONE_NUMBER.match(raw) or _LONE_DECIMAL.match(raw))
                   and _lone_over_title(out[i + 1]) and _numbering_continued(out, i)]:
        out = _joined_to_titles(out, lone)
    return out


def _joined_to_titles(raw_lines: list[str], lone: list[int]) -> list[str]:
    """Each lone number at `lone` on its title's line, its own line left empty."""
    out = list(raw_lines)
    for i in lone:
        number = raw_lines[i].strip()
        out[i + 1] = number + (" " if number[-1].isdigit() else "") + raw_lines[i + 1].lstrip()
        out[i] = ""
    return out


_OPENERS, _CLOSERS = "（(【〔［[", "）)】〕］]"
# 报】 / 申报）（GM21）: a line closing the bracket the line above opened, perhaps another after
_CLOSING_TAIL = re.compile(r"^[^（(【〔［\[]*[）)】〕］\]]\s*"
                           r"(?:[（(【〔［\[][^）)】〕］\]]*[）)】〕］\]])*$")


def _unclosed(text: str) -> int:
    return sum(text.count(ch) for ch in _OPENERS) - sum(text.count(ch) for ch in _CLOSERS)


def _bracket_wraps(raw_lines: list[str]) -> list[str]:
    """2-2　…示范【示范类｜…｜须由县内制糖企业牵头申 ⏎ 报】: a heading whose bracket the page
    width cut, closed on the short line under it — one line, on the heading's (its second
    left empty)."""
    out = list(raw_lines)
    for i in range(len(out) - 1):
        head, tail = out[i].rstrip(), out[i + 1].strip()
        if not tail or len(tail) > 40 or "\t" in tail or "\t" in head.strip() \
                or _unclosed(head) != 1 or _unclosed(tail) != -1 \
                or not _CLOSING_TAIL.match(tail) \
                or classify_text(head[:max(head.rfind(ch) for ch in _OPENERS)].strip()) is None:
            continue  # (the heading before the bracket it opens)
        out[i], out[i + 1] = head + tail, ""
    return out


def _right_aligned_code(raw: str) -> str:
    """〇一　生态茶园…示范⇥MT23-A01: a heading whose code was set at the right margin (a tab
    between them in the copy) — the heading with its code in brackets, no table's row."""
    if raw.count("\t") != 1:
        return raw
    head, code = raw.split("\t")
    code = re.sub(r"^[〔（(【\[［](.*)[〕）)】\]］]$", r"\1", code.strip())  # (…⇥〔HLGL24GR01〕)
    if not re.fullmatch(_BARE_CODE, code) or classify_text(head) is None \
            or find_code(head) is not None:
        return raw
    return f"{head.rstrip()}（{code}）"


_LONE_DECIMAL = re.compile(r"^\s*(?:\d{1,2}|[A-H])(?:\.\d{1,2})+\s*$")  # 1.2, A.1


def _lone_over_title(raw: str) -> bool:
    """The line under a lone number is a title (not another number; not a 项目名称 | … box,
    which `_boxed_directions` reads)."""
    return (re.match(r"\s*[\u4e00-\u9fff“《]", raw) is not None
            or _CODE_LED.match(raw.strip()) is not None) \
        and not _LONE_NUMBER.match(raw) and "\t" not in raw  # (⑴ ⏎ ST22-DC01｜…: coded first)


def _numbering_continued(raw_lines: list[str], at: int, reach: int = 80) -> bool:
    """The lone number at `at` is the next of a heading's above it, numbered on its title's line
    in the same style (（1.2）少儿… ⏎ … ⏎ （1.3） ⏎ 乡镇分馆…), or the one before the next."""
    lone = classify_text(raw_lines[at].strip() + " 标题")
    if lone is None or not lone.number:
        return False
    above = _nearest_numbered(raw_lines[max(0, at - reach):at][::-1], lone)
    if above is not None:
        return _next_number(above, lone.number)
    # (A.1 ⏎ 居家老人…研发 ⏎ … ⏎ A.2 失能老人…: the first of them, the next on its title's line)
    below = _nearest_numbered(raw_lines[at + 2:at + reach], lone)
    return below is not None and _next_number(lone.number, below)


def _nearest_numbered(raw_lines: list[str], like: Heading) -> tuple[int, ...] | None:
    """The number of the first of these lines titled and numbered in `like`'s style."""
    for raw in raw_lines:
        found = classify_text(raw) if raw.strip() else None
        if found is not None and found.style == like.style and found.number \
                and like.number and len(found.number) == len(like.number) and found.rest.strip():
            return found.number
    return None


def _next_number(before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """2.3 after 2.2: the same parent's next number."""
    return before[:-1] == after[:-1] and before[-1] + 1 == after[-1]


_HEADER_CELL = re.compile(r"^[^\d]{0,3}[\u4e00-\u9fff][^\t]{0,15}$")  # 资助额度（万元）, 备注


def _two_row_headers(raw_lines: list[str]) -> list[str]:
    """A table header over two rows (支持标准 spanning 资助额度 | 实施期限 | 拟支持数, written on
    the row below with the cells under 序号 and 方向名称 left empty), saved as tab-separated
    text: one header row, each column named by its lower cell, else its upper one."""
    out = list(raw_lines)
    for index in range(len(raw_lines) - 1):
        upper, lower = raw_lines[index], raw_lines[index + 1]
        if "\t" not in upper or "\t" not in lower:
            continue
        a = upper.rstrip("\r").split("\t")
        b = lower.rstrip("\r").split("\t")
        if len(a) != len(b) or b[0].strip() or not a[0].strip():
            continue
        spans = [k for k in range(len(a)) if not a[k].strip() and k and a[k - 1].strip()]
        filled_a = [cell.strip() for cell in a if cell.strip()]
        filled_b = [(k, cell.strip()) for k, cell in enumerate(b) if cell.strip()]
        if not spans or len(filled_b) < 2 \
                or not all(_HEADER_CELL.match(c) for c in filled_a) \
                or not all(_HEADER_CELL.match(c) for _, c in filled_b):
            continue
        # the lower row names the spanned columns (the spanning cell's and the empty ones after
        # it), never a column the upper row already named alone
        spanned = {k for k in range(len(a)) if not a[k].strip()} \
            | {k - 1 for k in spans}
        if not all(k in spanned for k, _ in filled_b):
            continue
        out[index] = "\t".join(b[k] if b[k].strip() else a[k] for k in range(len(a)))
        out[index + 1] = ""
    return out


def _wrapped_cells(raw_lines: list[str]) -> list[str]:
    """A cell too long for its column, its text wrapped onto a line of its own (A类 | 前资助 | … |
    牵头企业须为高新技术企业，上年度研发费 ⏎ (five tabs) 用不低于200万元；…): the line's leading
    cells are empty and its few filled ones stand under filled cells of the row above. They
    carry those cells on; the row is one line again, the wrapped line an empty one."""
    out = list(raw_lines)
    row_at: int | None = None  # the line of the row the next wrapped line would carry on
    for index, raw in enumerate(raw_lines):
        if "\t" not in raw:
            row_at = None
            continue
        cells = raw.rstrip("\r").split("\t")
        if row_at is not None:
            row = out[row_at].rstrip("\r").split("\t")
            if _wraps_under(row, cells):
                out[row_at] = "\t".join(
                    _joined_cell(done, cell) if cell.strip() else done
                    for done, cell in zip(row, [*cells, *[""] * (len(row) - len(cells))],
                                          strict=True))
                out[index] = ""
                continue
        row_at = index
    return out


def _wraps_under(row: list[str], cells: list[str]) -> bool:
    """The cells carry on the row's: no more of them, the first empty, the filled ones few and
    each under a filled cell. (The row above is a row of cells, not an indented outline's node:
    \t\t（一）… ⏎ \t\t\t采取前资助方式.)"""
    filled = [k for k, cell in enumerate(cells) if cell.strip()]
    return sum(1 for cell in row if cell.strip()) * 2 >= len(row) >= 3 \
        and bool(filled) and filled[0] >= 1 and len(cells) <= len(row) \
        and len(filled) <= max(1 if len(row) < WIDE_ROW else 2, len(row) // 3) \
        and all(row[k].strip() for k in filled)


WIDE_ROW = 5  # a row this wide may wrap two of its cells onto the line below (name, content)


def _joined_cell(head: str, tail: str) -> str:
    head, tail = head.rstrip(), tail.strip()
    latin = head[-1:].isascii() and head[-1:].isalnum() and tail[:1].isascii() \
        and tail[:1].isalnum()
    return f"{head} {tail}" if latin else head + tail


def _centred_merged_cells(raw_lines: list[str]) -> list[str]:
    """计划类别 | 项目类型 | … with 重点研发计划 merged over an even run of rows and printed once
    in the middle of it, on a line of its own (重点研发计划\t\t\t\t\t between \t重大专项\t… and
    \t一般项目\t…, as a PDF centres a merged cell): as many rows above it as below whose first
    cell is empty take it there, and its own line is left empty. (A group row over its rows —
    the first after the header, or one after another group's — is no such cell.)"""
    out = list(raw_lines)

    def cells(index: int) -> list[str] | None:
        return out[index].rstrip("\r").split("\t") if "\t" in out[index] else None

    def blank_first(index: int, width: int) -> bool:
        row = cells(index)
        return row is not None and len(row) == width and not row[0].strip() \
            and sum(1 for cell in row[1:] if cell.strip()) >= 2

    def run(start: int, step: int, width: int, limit: int) -> tuple[list[int], int]:
        found: list[int] = []
        index = start + step
        while 0 <= index < len(out) and len(found) < limit:
            if not out[index].strip():
                index += step
                continue
            if not blank_first(index, width):
                break
            found.append(index)
            index += step
        return found, index

    for index in range(len(out)):
        row = cells(index)
        if row is None or len(row) < 3 or not row[0].strip() \
                or any(cell.strip() for cell in row[1:]):
            continue
        above, stop = run(index, -1, len(row), len(out))
        ended = cells(stop) if 0 <= stop < len(out) else None
        if not above or ended is None or len(ended) != len(row) \
                or not any(cell.strip() for cell in ended[1:]):
            continue  # (the run above must end at the header or a full row)
        below, _ = run(index, 1, len(row), len(above))
        if len(below) != len(above):
            continue
        for filled in [*above, *below]:
            out[filled] = row[0].strip() + out[filled]
        out[index] = ""
    return out


def _filled_down(raw_lines: list[str]) -> list[str]:
    """A table whose first columns were merged cells (领域 | 归口股室 | 支持方式 … written once
    for a block of rows), saved as tab-separated text: the rows after a block's first leave
    those cells empty. Each is given the cells of the row above, as the merged cell meant."""
    previous: list[str] | None = None
    filled = 0
    out = list(raw_lines)
    for index, raw in enumerate(raw_lines):
        if "\t" not in raw:
            previous = None
            continue
        cells = raw.rstrip("\r").split("\t")
        empty = next((k for k, cell in enumerate(cells) if cell.strip()), len(cells))
        if previous is not None and len(cells) == len(previous) and 2 <= empty < len(cells) - 1 \
                and all(cell.strip() for cell in previous[:empty]):
            cells = [*previous[:empty], *cells[empty:]]
            out[index] = "\t".join(cells)
            filled += 1
        previous = cells
    return out if filled >= MIN_MERGED_ROWS else raw_lines


MIN_CSV_ROWS = 3  # a header and two rows: fewer is a sentence with commas in it


# ```表1 项目类别与支持标准 … ```: a fenced block's marks (its opening line's words are its caption)
_FENCE = re.compile(r"^\s*(?:```+|~~~+)\s*")


def _comma_tables(raw_lines: list[str]) -> list[str]:
    """A table saved as comma-separated values inside the text (任务编号,任务名称,支持方式,… ⏎
    DX26-SW01,…,前资助,300-500,2年,…): a run of lines that split into as many cells as a header
    of short column names does, each read as one tab-separated row."""
    lines = list(raw_lines)
    index = 0
    while index < len(raw_lines):
        head = _csv_cells(raw_lines[index])
        if head is None or not all(0 < len(cell) <= 12 and not re.search(r"[。；;：:]", cell)
                                   for cell in head) \
                or sum(1 for cell in head if _is_column_name(cell)) < max(2, len(head) // 2):
            index += 1
            continue
        end = index + 1
        while end < len(raw_lines) and (row := _csv_cells(raw_lines[end])) is not None \
                and len(row) == len(head):
            end += 1
        if end - index >= MIN_CSV_ROWS:
            for j in range(index, end):
                lines[j] = "\t".join(_csv_cells(raw_lines[j]) or [])
            caption = next((m for raw in raw_lines[max(0, index - 2):index]
                            if (m := _CAPTION_UNIT.search(normalise(raw)))), None)
            if caption is not None:  # 表1 …（金额单位：万元）: the money columns' unit
                lines[index] = "\t".join(f"{cell}（{caption['unit']}）" if _money_column(cell)
                                         else cell for cell in head)
        index = end
    return lines


def _money_column(cell: str) -> bool:
    """A header cell naming the grant (支持金额) with no unit of its own."""
    label = _read_label(f"{cell}：", normalise(f"{cell}："))
    return label is not None and label.key == "funding" and not column_label(cell)[1]


_CAPTION_UNIT = re.compile(r"(?:金额|资金|经费|资助)?单位\s*[:：]\s*(?P<unit>亿元|万元|千元|元)")


def csv_records(raw_lines: list[str]) -> list[str]:
    """A spreadsheet saved as CSV (序号,计划类别,方向名称,… over rows whose quoted cells run over
    several lines, every row padded to the header's width): each record read with the csv
    module, a row of several cells as one tab-separated line on the line it starts (its other
    lines left empty), a record of one cell as its own lines (a 说明 block's items each on
    the line it was written on)."""
    header = next((index for index, raw in enumerate(raw_lines)
                   if (head := _csv_cells(raw)) is not None and len(head) >= MIN_CSV_COLUMNS
                   and all(len(cell) <= 12 for cell in head)
                   and sum(1 for cell in head if _is_column_name(cell)) >= len(head) // 2
                   and any(cell for cell in head)), None)
    if header is None or not any("\n" in cell for record, _ in _records(raw_lines[header:])[1:3]
                                 for cell in record):
        return raw_lines  # (one row a line: _comma_tables reads those)
    width = len(_csv_cells(raw_lines[header]) or [])
    first = next((i for i, raw in enumerate(raw_lines) if raw.strip()), header)
    start = first if len(next(csv.reader([raw_lines[first]]), [])) == width else header
    lines = list(raw_lines)
    at = start
    for record, span in _records(raw_lines[start:]):
        if len(record) != width:
            break
        filled = [cell for cell in record if cell.strip()]
        if len(filled) <= 1:
            said = (filled[0] if filled else "").split("\n")
            pieces = said if len(said) == span else ["\n".join(said)] + [""] * (span - 1)
            lines[at:at + span] = [piece.rstrip() for piece in pieces]
        else:
            row = "\t".join(" ".join(part.strip() for part in cell.split("\n") if part.strip())
                            for cell in record).rstrip("\t")
            lines[at:at + span] = [row] + [""] * (span - 1)
        at += span
    return lines


def _records(raw_lines: list[str]) -> list[tuple[list[str], int]]:
    """The CSV records the lines hold (a quoted cell's line ends inside it), each with how many
    lines it takes; none when the lines are no CSV the module can read."""
    reader = csv.reader(io.StringIO("\n".join(raw_lines)))
    found: list[tuple[list[str], int]] = []
    last = 0
    try:
        for record in reader:
            found.append((record, reader.line_num - last))
            last = reader.line_num
    except csv.Error:
        return []
    return found


MIN_CSV_COLUMNS = 5  # a spreadsheet's header: 序号,计划类别,方向名称,指南代码,…


def _csv_cells(raw: str) -> list[str] | None:
    """A line's cells when it reads as three or more comma-separated values, else None."""
    if raw.count(",") < 2 or "\t" in raw:
        return None
    cells = next(csv.reader([raw.strip()]))
    return [cell.strip() for cell in cells] if len(cells) >= 3 else None


def _unflatten_tables(raw_lines: list[str]) -> list[str]:
    """A table a conversion flattened to one cell per line under its caption (表1　… ⏎ 项目类型
    ⏎ 资助强度 ⏎ … ⏎ 重点项目 ⏎ 每项100万元 ⏎ …): the header is the run of field names, and
    every that many lines after it make a row, read as one tab-separated line."""
    lines = list(raw_lines)
    for index, raw in enumerate(raw_lines):
        if "表" not in raw[:8] or not TABLE_CAPTION.match(raw):
            continue
        run: list[int] = []
        for j in range(index + 1, len(raw_lines)):
            cell = raw_lines[j].strip()
            if not cell or "\t" in cell or len(cell) > 40 or (
                    run and classify_text(cell) is not None and not _STEM.match(cell)):
                break  # the table ends at a blank line, a long line, or the next heading
            run.append(j)
        width = 1 + next((k for k, j in enumerate(run[1:])
                          if not _is_column_name(raw_lines[j].strip())), len(run) - 1)
        if width < 3 or len(run) <= width or len(run) % width:
            continue
        for start in range(0, len(run), width):
            group = run[start:start + width]
            lines[group[0]] = "\t".join(raw_lines[j].strip() for j in group)
            for j in group[1:]:
                lines[j] = ""
    return _labelled_value_cells(_unflatten_numbered_rows(_unflatten_columns(lines)))


# a cell that is all amount (不超过80万元, 50～100万元, 30万元/项) or all period (18个月,
# 2025年7月—2027年12月)
_AMOUNT_CELL = re.compile(r"^(?:每项|单项|单个项目)?(?:不超过|最高|最多|不高于)?\s*\d[\d.,]*\s*"
                          r"(?:(?:万元|元|万)?\s*[～~\-—－至]\s*\d[\d.,]*\s*)?(?:万元|元|亿元)"
                          r"(?:\s*/\s*项)?(?:以内|以下)?$")
_PERIOD_CELL = re.compile(r"^(?:不超过)?\s*\d{1,2}(?:\.5)?\s*(?:年|个月)$"
                          r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*[—\-－~～至]{1,2}\s*\d{4}\s*年\s*\d{1,2}\s*月$")
# where a table pasted a cell a line ends: a note under it, or the next heading
_TABLE_NOTE_START = re.compile(r"^(?:注|备注|说明)\s*[:：]")


def _labelled_value_cells(raw_lines: list[str]) -> list[str]:
    """A web table pasted a cell a line whose rows are not all as long (a 研究内容 cell of two
    paragraphs, an empty cell a blank line), so not read back as rows: under its header of
    column names (序号 ⏎ 方向名称 ⏎ … ⏎ 支持金额 ⏎ 实施期限), a line that is all amount or all
    period is that column's cell, said with its column's name (支持金额：不超过80万元)."""
    lines = list(raw_lines)
    for index in [i for i, raw in enumerate(raw_lines) if raw.strip() == "序号"]:
        j = index + 1
        while j < len(lines) and _column_head(lines[j].strip()):
            j += 1
        names = [column_label(lines[k].strip())[0] for k in range(index, j)]
        columns = {key: lines[index + k].strip() for k, name in enumerate(names)
                   if (key := FIELD_LABELS.get(name)) in ("funding", "period")}
        if len(names) < 3 or not any(_title_column(n) for n in names) or not columns:
            continue
        for at in range(j, len(lines)):
            cell = lines[at].strip()
            if _TABLE_NOTE_START.match(cell) or (classify_text(cell) is not None
                                                 and not cell.isdigit()
                                                 and not re.fullmatch(r"\d{1,2}\s+\S.*", cell)):
                break
            if "funding" in columns and _AMOUNT_CELL.match(cell):
                lines[at] = f"{columns['funding']}：{cell}"
            elif "period" in columns and _PERIOD_CELL.match(cell):
                lines[at] = f"{columns['period']}：{cell}"
    return lines


def _column_head(cell: str) -> bool:
    label = column_label(cell)[0]
    return len(cell) <= 12 and "\t" not in cell and (
        _is_column_name(cell) or bool(_title_column(label) or _CODE_COLUMN.search(label)))


def _unflatten_columns(raw_lines: list[str]) -> list[str]:
    """A table a PDF-to-Word converter wrote out column by column (序号 ⏎ 1 ⏎ 2 ⏎ 3 ⏎ 方向名称 ⏎
    …三个名称… ⏎ 指南代码 ⏎ …): each column its name and one cell per row. Each row is read as
    one tab-separated line, on the line of its title cell; the header on the 序号 line."""
    lines = list(raw_lines)
    index = 0
    while index < len(lines):
        if lines[index].strip() != "序号":
            index += 1
            continue
        count = 0
        while index + count + 1 < len(lines) and lines[index + count + 1].strip() == str(count + 1):
            count += 1
        columns = [list(range(index, index + count + 1))]
        j = index + count + 1
        while count >= 2 and j + count < len(lines) and _column_head(lines[j].strip()) \
                and all(lines[k].strip() and "\t" not in lines[k] for k in range(j, j + count + 1)):
            columns.append(list(range(j, j + count + 1)))
            j += count + 1
        names = [column_label(lines[column[0]].strip())[0] for column in columns]
        title_at = next((i for i, n in enumerate(names) if _title_column(n)), None)
        if len(columns) < 3 or title_at is None:
            index += 1
            continue
        cells = [[lines[k].strip() for k in column] for column in columns]
        for column in columns:
            for k in column:
                lines[k] = ""
        lines[index] = "\t".join(column[0] for column in cells)  # (资助额度（万元）: its unit)
        for row in range(1, count + 1):
            lines[columns[title_at][row]] = "\t".join(column[row] for column in cells)
        index = j
    return lines


def _unflatten_numbered_rows(raw_lines: list[str]) -> list[str]:
    """A web table pasted one cell per line without a caption: a header of column names (序号
    ⏎ 方向名称 ⏎ 方向代码 ⏎ …), then rows of as many lines each, each opening with its number
    (blank lines between rows or not). Each row is read as one tab-separated line, on the line
    of its title cell."""
    lines = list(raw_lines)
    if not any(raw.strip() == "序号" for raw in raw_lines):
        return lines
    index = 0
    while index < len(lines):
        if lines[index].strip() != "序号":
            index += 1
            continue
        header: list[int] = []
        j = index
        while j < len(lines) and (cell := lines[j].strip()) and len(cell) <= 12 \
                and "\t" not in cell and (cell == "序号" or _is_column_name(cell)
                                          or _title_column(column_label(cell)[0])
                                          or _CODE_COLUMN.search(column_label(cell)[0])):
            header.append(j)
            j += 1
        names = [column_label(lines[k].strip())[0] for k in header]
        if len(header) < 3 or names[0] != "序号" or not any(_title_column(n) for n in names):
            index = j + 1 if j > index else index + 1
            continue
        width = len(header)
        title_at = next(i for i, n in enumerate(names) if _title_column(n))
        rows: list[list[int]] = []
        while True:
            while j < len(lines) and not lines[j].strip():
                j += 1
            group = list(range(j, min(len(lines), j + width)))
            if len(group) < width or not lines[j].strip().isdigit() \
                    or not all(lines[k].strip() for k in group):
                break
            rows.append(group)
            j += width
        if rows:
            for k in header[1:]:
                lines[k] = ""
            lines[header[0]] = "\t".join(names)
            for group in rows:
                row = "\t".join(lines[k].strip() for k in group)
                for k in group:
                    lines[k] = ""
                lines[group[title_at]] = row
        index = j
    return lines


def names_field(cell: str) -> bool:
    """A header cell a list names (资助额度), not a value read by its head word (前资助)."""
    label = column_label(cell)[0]
    return bool(FIELD_LABELS.get(label) or _LEAD_COLUMN.match(label)
                or _OFFICE_COLUMN.match(label))


def _is_column_name(cell: str) -> bool:
    label = column_label(cell)[0]
    return bool(FIELD_LABELS.get(label) or head_word_key(label, final=True)
                or _LEAD_COLUMN.match(label) or _OFFICE_COLUMN.match(label))


# 征求意见稿: （原：每项30万元） beside the new value and 【修改说明：…】 go when it is published
_DRAFT_NOTE = re.compile(r"[(（]\s*原\s*[:：][^()（）]*[)）]|【\s*修改说明\s*[:：][^】]*】"
                         # （社会发展科，原：农村科技科）
                         r"|[,，;；]\s*原\s*[:：][^()（）]*(?=[)）])")


# a slide deck's speaker notes (备注（讲者）：去年本专项立项9项…): said to the room, not published
_SPEAKER_NOTE = re.compile(r"^\s*(?:备注\s*[(（]\s*(?:讲者|演讲者|主讲人)\s*[)）]"
                           r"|(?:演讲者|讲者)备注|讲稿备注)\s*[:：]")


def _without_draft_notes(raw: str) -> str:
    if _SPEAKER_NOTE.match(raw):
        return ""
    return _DRAFT_NOTE.sub("", raw) if "原" in raw or "修改说明" in raw else raw


# 原：给予一次性补助20万元。 under a revised direction's new terms: what it said before
_WAS_LINE = re.compile(r"^\s*原\s*[:：]")
_NOW_LINE = re.compile(r"^\s*现\s*[:：]")


def _superseded_dropped(raw_lines: list[str]) -> list[str]:
    """A 修订版's 原：… lines (the superseded terms, kept under the new) emptied — unless the
    document pairs them with 现：… lines, a notice of changes read for what it changes."""
    if not any(_WAS_LINE.match(raw) for raw in raw_lines) \
            or any(_NOW_LINE.match(raw) for raw in raw_lines):
        return raw_lines
    return ["" if _WAS_LINE.match(raw) else raw for raw in raw_lines]


_GRID_RULE_MARK = re.compile(r"[-─━=]{3}")
MIN_GRID_SEGMENTS = 2  # two rows, each between rules (a header ruled off is one)


def _grid_rows(raw_lines: list[str]) -> list[str]:
    """A table drawn with bars and a rule under every row (|----|----|), its cells wrapped over
    several lines (| A类（重点研 | 每项20～30 | ⏎ | 发）        | 万元       |): the lines between
    two rules are one row, each cell's pieces joined, on the row's first line (the others left
    empty). Only where two or more runs of rows stand between rules: a table ruled only under
    its header and at its foot has a row a line."""
    rule = [bool(raw.strip()) and TABLE_RULE.match(raw.strip()) is not None
            and _GRID_RULE_MARK.search(raw) is not None for raw in raw_lines]
    segments: list[tuple[int, int]] = []  # [start, end) runs of bar rows between two rules
    for index, is_rule in enumerate(rule):
        if not is_rule:
            continue
        end = index + 1
        while end < len(raw_lines) and not rule[end] and (
                PIPE_ROW.match(raw_lines[end]) or _ONE_CELL_ROW.match(raw_lines[end])):
            end += 1
        if end < len(raw_lines) and rule[end] and end > index + 1:
            segments.append((index + 1, end))
    out = list(raw_lines)
    table: list[tuple[int, int]] = []
    for segment in [*segments, (-2, -2)]:
        if table and segment[0] == table[-1][1] + 1:  # (the rule between them shared)
            table.append(segment)
            continue
        if len(table) >= MIN_GRID_SEGMENTS:
            for start, end in table:
                rows = [_bar_cells(raw_lines[k]) for k in range(start, end)]
                if all(len(row) == 1 for row in rows):
                    # │（一）石化新材料产业（归口股室：…）│ across the table: a group row, its
                    # text a line of its own (as a PDF's spanning cell reads)
                    out[start] = _joined_cells(tuple(row[0] for row in rows))
                    out[start + 1:end] = [""] * (end - start - 1)
                    continue
                if end - start >= 2 and len({len(row) for row in rows}) == 1 \
                        and not _whole_rows(rows):
                    cells = ["" if not pieces else _joined_cells(pieces)
                             for pieces in zip(*rows, strict=True)]
                    out[start] = "| " + " | ".join(cells) + " |"
                    out[start + 1:end] = [""] * (end - start - 1)
        table = [segment]
    return out


def _whole_rows(rows: list[list[str]]) -> bool:
    """| 甲类 | 前资助 | 不超过2年 | ⏎ | 乙类 | 后补助 | —— | between two rules: every line
    fills every cell, short — rows of their own, not one row's cells wrapped (a wrapped cell
    leaves others empty on its later lines)."""
    return all(cell.strip() for row in rows for cell in row) \
        and all(len(row[0].strip()) <= 6 for row in rows)


# │（一）石化新材料产业（归口股室：高新技术股）             │: one cell across a drawn table
_ONE_CELL_ROW = re.compile(r"^\s*[|│┃](?P<cell>[^|│┃]*\S[^|│┃]*)[|│┃]\s*$")


def _bar_cells(raw: str) -> list[str]:
    match = PIPE_ROW.match(raw)
    if match is None and (one := _ONE_CELL_ROW.match(raw)) is not None:
        return [one["cell"].strip()]
    return [cell.strip() for cell in re.split(r"[|│┃]", match["cells"])[:-1]] if match else []


def _joined_cells(pieces: tuple[str, ...]) -> str:
    joined = ""
    for piece in pieces:
        joined = _joined_cell(joined, piece) if joined and piece else joined or piece
    return joined


# 。2.核电配套装备与关键材料（指南代码：HY2023-GY02） at a line's end, after a sentence: a numbered
# title with its code (or the code's opening), glued on by a copy that lost the line break
_GLUED_HEADING = re.compile(
    r"(?<=[。；;！？])\s*(?P<head>\d{1,2}(?:\.\d{1,2})?\s*[.．、]\s*[\u4e00-\u9fff][^。；;，,:：]{3,40}?"
    r"[（(](?:(?:指南|项目|方向)?(?:代码|编号|编码)\s*[:：]\s*[A-Za-z0-9\-]*"
    r"|[A-Z][A-Za-z0-9\-]{3,19})[)）]?)\s*$")


# (the title cut by the page width, its code closing the next line)
_GLUED_TITLE = re.compile(r"(?<=[。；;！？])\s*(?P<head>(?:\d{1,2}\s*[.．、]"
                          r"|\d{1,2}\.\d{1,2}\s*[.．、]?)\s*[\u4e00-\u9fff]{2,30})$")
_TITLE_CODED_BELOW = re.compile(r"^[\u4e00-\u9fff]{1,20}[（(](?:[^()（）]{0,8}[:：])?\s*"
                                r"[A-Z][A-Za-z0-9\-]{3,19}[)）]\s*$")


def _is_caption_label(words: str) -> bool:
    """Words a caption wrote before a space for a label's colon (拟立项数 2项, 指南编号 FX01)."""
    return label_key(words) is not None or words.endswith(("编号", "代码", "编码", "科室"))


# the lines only a Word heading style makes headings, and their levels (set while a document
# is parsed: `SourceText.heading_depths`)
HEADING_DEPTHS: ContextVar[dict[int, int] | None] = ContextVar("HEADING_DEPTHS", default=None)


def _blank_led_row(texts: list[str], at: int) -> bool:
    """\t\t2.水产品冷链物流（GJ02）\t≤30 under 领域 | 方向 | 子方向 | 支持金额: a row whose merged
    cells, written once above, are left blank — as wide as the table's header, so its leading
    tabs keep its cells in their columns (and it is no line the row above wrapped onto)."""
    cells = texts[at].strip(" \u3000").rstrip().split("\t")
    if len(cells) < 3 or not cells[-1].strip():
        return False
    header = next((texts[i] for i in range(at - 1, max(at - 40, -1), -1)
                   if "\t" in texts[i] and texts[i].strip() and not texts[i].lstrip(" \u3000")
                   .startswith("\t")), None)
    return header is not None and len(header.strip().split("\t")) == len(cells) \
        and LISTED_OPENING.match(next(c for c in cells if c.strip()).strip()) is not None


# does the document pad its numbers to two digits (01　智能装备…, ⏎ 01 ⏎ 五指山红茶…)? Then
# its 10 and 11 go on that list, not a list of their own (set while its lines are cleaned)
ZERO_PADDED: ContextVar[bool] = ContextVar("ZERO_PADDED", default=False)
_PADDED_NUMBER = re.compile(r"^\s*0[1-9][ \u3000]+[\u4e00-\u9fff“《]")


# （责任股室：科技计划股；完成时限：6月底前完成立项）closing a work plan's task: its office; the
# deadline is the bureau's own, no project's period
TASK_OFFICE = r"责任(?:股室|科室|处室|单位|部门)"  # (the office a work plan's task names)
_TASK_DEADLINE = re.compile(r"(?<=[(（])(?P<office>" + TASK_OFFICE + r"\s*[:：]"
                            r"[^()（）；;]{2,30}?)\s*[；;，,]\s*(?:完成时限|完成时间|时间节点)\s*[:：]"
                            r"[^()（）]{1,40}(?=[)）])")


# ·“申请专项经费”字段：≤800,000元 / 自筹资金校验：自筹资金≥申请区财政资金×2 — an application
# system's check on a form's field: the field's name the label, its bounds said in words
_FORM_FIELD = re.compile(r"^\s*(?:[·•]\s*)?[“\"](?P<name>[\u4e00-\u9fff]{2,12})[”\"]\s*"
                         r"(?:字段|栏目|栏)\s*[:：]")
_CHECK_LABEL = re.compile(r"^\s*(?:[·•]\s*)?[\u4e00-\u9fff]{2,10}(?:校验|核验)\s*[:：]")


def _form_check(text: str) -> str:
    """A form check's line as a label line would be written (≤ 不超过, ≥ 不低于, ×2 的2倍)."""
    field = _FORM_FIELD.match(text)
    if field is None and _CHECK_LABEL.match(text) is None:
        return text
    if field is not None:  # (its bullet dropped: ·“…”字段： is a label line)
        text = f"{field['name']}：{text[field.end():]}"
    text = re.sub(r"([≥≤])\s*(?=[\d\u4e00-\u9fff])", lambda m: bound_in_words(m[1]), text)
    return re.sub(r"[×xX＊*]\s*(\d+(?:\.\d+)?)(?![\d.])", r"的\1倍", text)


# 校验项 ⇥ 规则 ⇥ 校验类型 ⏎ 受理科室 ⇥ 企业服务科 ⇥ —: an application system's checks on one item,
# a row a term — each row its label and its value (a 形式审查自评表 too: 序号 ⇥ 审查要点 ⇥ 审查标准
# ⇥ 自评 ⇥ 佐证材料 ⏎ 3 ⇥ ★研发投入 ⇥ 上年度研发费用不低于150万元 ⇥ □符合 ⇥ …)
_CHECKS_HEADER = re.compile(r"^\s*(?P<numbered>序号\s*\t\s*)?(?:校验项|校验项目|检查项|校验内容"
                            r"|审查要点|审查内容|审查项目|核查要点|核查内容|审核要点)\s*\t\s*"
                            r"(?:规则|校验规则|要求|规则说明|审查标准|审查要求|核查标准|标准|指南要求)"
                            r"(?:\t.*)?$")


# 自评表1　重点研发项目形式审查自评表: a checks table's caption
_CHECKS_CAPTION = re.compile(r"^\s*(?:自评表|审查表|核查表|附表|表)\s*\d{0,2}\s*[\u4e00-\u9fff]"
                             r".*(?:自评表|审查表|核查表|审查要点)\s*$")


def _checks_as_labels(raw_lines: list[str]) -> list[str]:
    """Each check a label line; the checks under a table of directions (表1 方向代码 | 申报方向 …
    ⏎ 自评表1 …) are its class's terms, one line of them (本类项目通用要求：申报主体：…；…)."""
    out = list(raw_lines)
    at = 0
    while at < len(raw_lines):
        header = _CHECKS_HEADER.match(raw_lines[at])
        if header is None:
            at += 1
            continue
        start = at
        out[at] = ""
        before = next((back for back in range(at - 1, max(-1, at - 4), -1)
                       if raw_lines[back].strip()), None)
        if before is not None and _CHECKS_CAPTION.match(raw_lines[before]):
            out[before] = ""
            before = next((back for back in range(before - 1, max(-1, before - 4), -1)
                           if raw_lines[back].strip()), None)
        shared = before is not None and "\t" in raw_lines[before]
        terms: list[str] = []
        at += 1
        while at < len(raw_lines) and (raw_lines[at].count("\t") >= 1 or (
                shared and (not raw_lines[at].strip() or PAGE_NUMBER.match(raw_lines[at])))):
            cells = [cell.strip() for cell in raw_lines[at].split("\t")]
            if header["numbered"] and cells[0].isdigit():
                cells = cells[1:]  # (its number, no label)
            label = re.sub(r"\s", "", cells[0]).lstrip("★☆*＊") if cells else ""
            if label and len(cells) >= 2 and cells[1]:
                out[at] = "" if shared else f"{label}：{cells[1]}"
                terms.append(f"{label}：{cells[1].rstrip('。；;')}")
            at += 1
        if shared and terms:
            out[start] = "本类项目通用要求：" + "；".join(terms) + "。"
    return out


# 宣传内容：指南第一部分“农业科技攻关”（县科技局农村科技股负责）: a log's line naming the part of
# the guideline it goes on to retell, by its number and its quoted name
_PART_NAMED = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[:：]\s*)?(?:指南|《[^》]{2,40}》)?的?"
                         r"第(?P<num>[一二三四五六七八九十]{1,3})(?P<word>部分|章|篇)\s*"
                         r"[“\"「](?P<name>[^”\"」]{2,30})[”\"」](?P<tail>\s*[(（][^()（）]{2,40}[)）])?\s*$")


# ① 黑蒜多糖…（JX24ZD03-1）　★本公司重点申报: a reader's starred note after a coded title
_STARRED_NOTE = re.compile(r"(?<=[)）】\]])[ \u3000]+[★☆※][^。；;()（）]{1,20}$")


def _part_named(text: str) -> str:
    """The part a line names, as its heading (第一部分　农业科技攻关（…负责）)."""
    named = _PART_NAMED.match(text)
    return text if named is None else \
        f"第{named['num']}{named['word']}　{named['name']}{named['tail'] or ''}"


def _spanning_heading(text: str) -> str:
    """一、农业科技创新⇥计划（归口：农村科技股）: a group's heading spanning a table's row, its
    words split over the first two cells by the PDF's column lines — one heading."""
    if "\t" not in text:
        return text
    cells = [cell.strip() for cell in text.split("\t")]
    if len(cells) < 2 or not cells[0] or any(cells[2:]) or _OFFICE_CLOSING.match(cells[1]) is None:
        return text
    heading = classify_text(cells[0])
    return cells[0] + cells[1] if heading is not None and heading.style in ("一、", "(一)") \
        else text


# 计划（归口：农村科技股）: the rest of a group's name, then the office its rows go to
_OFFICE_CLOSING = re.compile(r"^[\u4e00-\u9fff]{0,8}[(（][^()（）]*(?:归口|科室|股室|处室|负责)"
                             r"[^()（）]*[)）]$")


# ┌─【1-1】大棚蔬菜…风控模型 ⏎ │ 指南编号：LQ22QL-01 ⏎ … ⏎ └──────: a card drawn in box lines,
# its title on the top border and each field behind the left one (one bar: no table's row)
_CARD_TOP = re.compile(r"^\s*[┌╭┏]\s*[─━]{0,4}\s*(?P<rest>[^\s─━┐╮┓].*?)\s*[─━]*\s*[┐╮┓]?\s*$")
_CARD_SIDE = re.compile(r"^\s*[│┃┆]\s?(?P<rest>[^│┃┆]*[^│┃┆\s])\s*$")


def _unboxed(raw: str) -> str:
    """A box-drawn card's line without its border (its title, or a field behind the bar)."""
    if not raw or raw.lstrip()[:1] not in "┌╭┏│┃┆":
        return raw
    top = _CARD_TOP.match(raw)
    if top is not None and re.search(r"[\u4e00-\u9fff]", top["rest"]):
        return top["rest"]
    side = _CARD_SIDE.match(raw)
    return side["rest"] if side is not None else raw


# …利用〈JJ23-A02-1〉: a code in angle brackets, read as in the black ones (not 〈2〉, a number)
_ANGLED_CODE = re.compile(r"〈\s*(?P<code>[A-Za-z][A-Za-z0-9\-]{2,24}\d[A-Za-z0-9\-]*)\s*〉")
# 〖SX24-XC02〗: white lenticular brackets, read as the black ones a code usually stands in
_LENTICULAR = str.maketrans("〖〗", "【】")


def clean_lines(raw_lines: list[str]) -> list[Line]:
    """Drop empty lines, Word bookmarks, page numbers, a table of contents and running headers
    repeated at page breaks; keep each line's number as str.splitlines() counts it."""
    classify_text.cache_clear()  # what a line is, remembered for one document only
    printed = _cut_width(raw_lines)
    _read_label.cache_clear()
    raw_lines, one_line_nodes = as_converted(captions.as_written(raw_lines, _KNOWN_LABELS,
                                                                 _is_caption_label))
    raw_lines = _glued_row_numbers(_grid_rows(raw_lines))
    styled = HEADING_DEPTHS.get() or {}
    depths = [styled.get(number, 0) for number in range(1, len(raw_lines) + 1)]
    if _is_markdown(raw_lines):
        depths = [len(m[0].strip()) if (m := _MD_HEADING.match(raw)) else 0 for raw in raw_lines]
        raw_lines = [_unmark(raw) for raw in raw_lines]
    raw_lines = _bracket_wraps(_lone_numbers(raw_lines))
    raw_lines = [_right_aligned_code(raw) for raw in raw_lines]
    ZERO_PADDED.set(sum(1 for raw in raw_lines if _PADDED_NUMBER.match(raw)) >= MIN_LONE_NUMBERS)
    realigned = _legend_read(_this_years_column(_filled_down(_centred_merged_cells(
        _wrapped_cells(_two_row_headers(_sheet_pages_joined(_continued_tables(
        _realign_tables(_unflatten_tables(_comma_tables(csv_records(
            _side_codes(_side_headings(_superseded_dropped(_checks_as_labels(
                [_ANGLED_CODE.sub(r"【\g<code>】", _unboxed(
                    _without_draft_notes(_FENCE.sub("", raw)).translate(_LENTICULAR)))
                 for raw in raw_lines]))))
        ))))))))))))
    stripped = [_paired_cells(_pipe_cells(AUTO_NUMBER_TAB.sub(
        r"\g<num> ", BOOKMARK.sub("", _unbold(raw))))) for raw in realigned]
    # a bar row with nothing in its first cell (│    │…通过评估后拨付40%）│) keeps the tab
    # that says so: it carries on the row above
    keep = [text.strip(" \u3000").rstrip() if text.lstrip(" \u3000").startswith("\t")
            and (PIPE_ROW.match(raw) or _blank_led_row(stripped, at)) and text.strip()
            else text.strip() for at, (raw, text) in enumerate(zip(realigned, stripped,
                                                                    strict=True))]
    keep = [_form_check(_TASK_DEADLINE.sub(r"\g<office>", _BADGE_CELL.sub(r"\g<title>", text)))
            for text in keep]
    keep = _unticked_options(keep)
    keep = [_title_with_cells(_unspread(_unemoji(_ticked(_wan_letter(_UI_TOGGLE.sub(
        r"\g<body>", _BRACKET_DUN.sub(r"\g<number>", text))))))) for text in keep]
    keep = _part_badges(_coded_rows(_priced_rows([_bracketed_office(_formal_name(_spanning_heading(
        _part_named(_STARRED_NOTE.sub("", text))))) for text in _number_cells_split(keep)])))
    bullets = _bulleted_labels(keep, [_unbulleted(text) for text in keep])
    rows = [_unspaced(text) for text in bullets]
    bulleted = {number for number, (was, now) in enumerate(zip(keep, bullets, strict=True),
                                                             start=1) if was != now}
    spaced = {number for number, (was, now) in enumerate(zip(bullets, rows, strict=True),
                                                           start=1) if was != now}
    margin = [len(raw) - len(raw.lstrip(" \u3000")) for raw in realigned]
    indents = _indent_outline(realigned)
    keep = rows
    marked, glued = _watermarks(keep)
    keep = [glued.get(i, text) for i, text in enumerate(keep)]
    junk = _page_numbers(keep) | _contents(keep) | marked
    if sum(1 for text in keep if TOC_LINE.search(text)) >= 2:  # a booklet's (or a 目录's)
        keep = [text if i in junk else _unleadered(text) for i, text in enumerate(keep)]
    junk |= _running_headers(keep, junk)
    attached: dict[int, list[str]] = {}
    owned: dict[int, list[str]] = {}
    junk |= _footnotes(keep, junk, attached, owned)
    # (支持额度（万元）⁵ again in the header repeated on the next page, its note said once)
    keep = [_SUPERSCRIPT_CALL.sub("", text) if "\t" in text and i not in junk else text
            for i, text in enumerate(keep)]
    junk |= _table_units(keep)
    result: list[Line] = []
    broke = blank = False
    for number, text in enumerate(keep, start=1):
        if not text:
            blank = True
            continue
        if number - 1 in junk:
            broke, blank = True, False  # the blank lines around a page break end nothing
            continue
        if result and _closes_bracket(result[-1].text, text):  # （编号：2023JMZD0101 / ）
            joined = result[-1].text + text
            result[-1] = replace(result[-1], text=joined, norm=normalise(joined))
            continue
        run_on = _GLUED_HEADING.search(text) if "\t" not in text else None
        if run_on is None and "\t" not in text and number < len(keep) \
                and _TITLE_CODED_BELOW.match(keep[number].strip()):
            # (…予以支持。4.2精细化工清洁生产与本质安 ⏎ 全技术（HY…）: cut, its code below)
            run_on = _GLUED_TITLE.search(text)
        if run_on is not None and run_on.start() > 0:
            # …优先予以支持。2.核电配套装备…（指南代码： — a heading a copy ran onto the end of
            # the paragraph before it: two lines of the same number
            result.append(Line(number, text[:run_on.start()], normalise(text[:run_on.start()]),
                               after_break=broke, after_blank=blank))
            text, broke, blank = run_on["head"], False, False
        result.append(Line(number, text, normalise(text), after_break=broke, table="\t" in text,
                           after_blank=blank, heading_depth=depths[number - 1],
                           notes=tuple(attached.get(number - 1, ())),
                           own_notes=tuple(owned.get(number - 1, ())),
                           indent_depth=indents[number - 1]))
        broke, blank = number - 1 in glued, False  # (a watermark's tail: the line was cut)
    if not one_line_nodes and not WHOLE_LINES.get():  # (a mind map's node is one line, never
        result = _barred_rejoined(result)  # (a record's bars, whole before any wrap is read)
        _mark_wraps(result, realigned, printed)  # cut at a page width; so is a keyed value)
    for before, line in zip([None, *result], result, strict=False):
        if line.number in bulleted:
            line.continued = False  # a bullet starts its own item, whatever ended the last
        elif before is not None and before.number in spaced and margin[line.number - 1] < 4:
            # a row's value wraps under its value column; a line at the margin is new
            line.continued = False
    result = _questions_and_answers(_quoted_directions(_cards(_cells_on_lines(
        _join_label_values(_join_multiline_rows(_element_rows(result)))))))
    result = _join_short_wrapped_headings(
        _join_split_headings(_answers(_merged_fields(_key_value_rows(_terms_rows_under_titles(
            _run_in_titles(_numbered_rules(_ordinal_keywords(_learned_keywords(_run_in_plan_names(
            _stage_tags(_corrected(_clauses_by_number(_without_asides(
                _titled_columns(_join_wrapped_rows(result)))))))))))))))))
    return _boxed_directions(_split_inline_directions(_listed_directions(split_run_on_labels(
        _revised(_split_trailing_terms(_one_sentence_directions(_dashed_subdirections(
            _bracket_terms(_marks_kept(_join_wrapped(result)))))))))))


# 示范方向 | 示范一　茶园…示范 | 示范二　… over 补助额度（百万元） | 0.15～0.20 | 同左: a table laid
# sideways whose header names its directions column by column
_TITLED_CORNER = re.compile(r"^(?:示范|支持|申报|重点|项目)?方向(?:名称)?$|^项目名称$")


_COLUMN_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,3}[一二三四五六七八九十]{1,3}[\s\u3000]+")


def _titled_columns(lines: list[Line]) -> list[Line]:
    """A sideways table whose header cells are its directions' titles, its rows each a term:
    read as the usual table, one row a direction (all on the header's line), 同左 as 同上."""
    out: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        cells = table_cells(line) if line.table else []
        if len(cells) >= 3 and _TITLED_CORNER.match(re.sub(r"\s", "", cells[0])) \
                and all(len(re.findall(r"[\u4e00-\u9fff]", cell)) >= 6 for cell in cells[1:]):
            end = at + 1
            while end < len(lines) and lines[end].table \
                    and len(row := table_cells(lines[end])) == len(cells) \
                    and 2 <= len(row[0]) <= 16 and not row[0][:1].isdigit():
                end += 1
            rows = [table_cells(later) for later in lines[at + 1:end]]
            if len(rows) >= 2:
                # (示范一　…: the column's own number, which the row's title does without)
                titles = [_COLUMN_NUMBER.sub("", title) for title in cells[1:]]
                turned = [[cells[0], *(row[0] for row in rows)]] + [
                    [title, *("同上" if row[k].strip() == "同左" else row[k] for row in rows)]
                    for k, title in enumerate(titles, start=1)]
                out.extend(replace(line, text="\t".join(row), norm=normalise("\t".join(row)))
                           for row in turned)
                at = end
                continue
        out.append(line)
        at += 1
    return out


_NUMBER_HEADER = re.compile(r"^(?:编号|序号)$")
_GLUED_NUMBER = re.compile(r"^(?P<n>[A-Za-z]?\d{1,2})(?=[\u4e00-\u9fff])")


def _glued_row_numbers(raw_lines: list[str]) -> list[str]:
    """编号 | 方向名称 | … ⏎ B1技术合同后补助 | 后补助：… (a cell short): a PDF's row whose number
    ran into its title — the number its own cell again."""
    out = list(raw_lines)
    width = 0
    for at, raw in enumerate(raw_lines):
        if "\t" not in raw:
            continue
        cells = raw.split("\t")
        if _NUMBER_HEADER.match(cells[0].strip()):
            width = len(cells)
            continue
        if width and len(cells) == width - 1 and (glued := _GLUED_NUMBER.match(cells[0].strip())):
            cell = cells[0].strip()
            out[at] = "\t".join([glued["n"], cell[glued.end():], *cells[1:]])
    return out


# 序号 | 方向名称 | 项目要素 | 具体内容: a table with a row per element of each direction, its
# number and name cells merged down over the direction's rows
_ELEMENT_NAME = re.compile(r"^(?:方向|项目|指南方向|课题|榜单)?名称$")
_ELEMENT_LABEL = re.compile(r"^(?:项目|方向)?要素(?:名称)?$|^内容类别$|^指标类型$")
_ELEMENT_VALUE = re.compile(r"^(?:具体)?(?:内容|要求|说明)$")


def _element_rows(lines: list[Line]) -> list[Line]:
    """序号 | 方向名称 | 项目要素 | 具体内容 ⏎ 1 | …网关研发（KW26ZD01） | 研究内容 | … ⏎
    1 | …（同上）| 考核指标 | … — a direction per run of rows naming it (Word repeats a
    merged cell's text on each row), each row one of its fields: the run's first row is its
    heading (1．…), each row its label's line (研究内容：…). A small table nested in a cell
    (指标 | 目标值 ⏎ …) is more of that cell's value; a row spanning the table (一、重点研发计划
    （…） 本计划…) stays a line."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        cells = [re.sub(r"\s", "", normalise(c)) for c in line.text.split("\t")] \
            if line.table else []
        name = next((i for i, c in enumerate(cells) if _ELEMENT_NAME.match(c)), None)
        label = next((i for i, c in enumerate(cells) if _ELEMENT_LABEL.match(c)), None)
        if name is None or label is None or label + 1 >= len(cells) \
                or not _ELEMENT_VALUE.match(cells[label + 1]):
            result.append(line)
            continue
        width, current, last, last_at = len(cells), "", None, 0
        while index < len(lines):
            row = lines[index]
            parts = [c.strip() for c in row.text.split("\t")] if row.table else []
            if len(parts) == width:
                index += 1
                number = parts[0] if name > 0 and re.fullmatch(r"\d{1,3}", parts[0]) else ""
                if parts[name] != current:
                    current = parts[name]
                    heading = f"{number}．{current}" if number else current
                    result.append(replace(row, text=heading, norm=normalise(heading), table=False))
                text = f"{parts[label]}：{parts[label + 1]}"
                last = replace(row, text=text, norm=normalise(text), table=False, cell=True)
                last_at = len(result)
                result.append(last)
            elif len(parts) == 2 and last is not None:  # (指标 | 目标值 inside 考核指标's cell)
                index += 1
                if not all(_is_column_name(p) or p in ("指标", "目标值", "指标名称")
                           for p in parts):
                    text = last.text.rstrip("。；; ") + f"；{parts[0]}{parts[1]}"
                    last = replace(last, text=text, norm=normalise(text))
                    result[last_at] = last
                result.append(replace(row, text="", norm="", table=False))
            elif not row.table and (not row.text.strip() or any(
                    ln.table and len(ln.text.split("\t")) == width
                    for ln in lines[index + 1:index + 3])):
                index += 1  # (a blank, or a row spanning the table over more of its rows)
                # (一、重点研发计划（归口科室：…） 本计划…: the group's heading, then its terms)
                split = re.match(r"^(?P<head>.+?[)）])\s+(?P<body>\S.*)$", row.text.strip())
                if split is not None and classify_text(split["head"]) is not None:
                    result += [replace(row, text=part, norm=normalise(part))
                               for part in (split["head"], split["body"])]
                else:
                    result.append(row)
                current = ""  # (the next row, even of the same name, opens a direction)
                if row.text.strip():
                    last = None  # (a nested table's rows go on no spanning row)
            else:
                break
    return result


# 方向名称 | 镍基…工艺 as the first row of a 要素 | 内容 box: the direction the box states
_BOX_NAME = re.compile(r"^(?:(?:方向|专题|项目|课题|榜单|事项|指南方向|奖补事项)名称"
                       r"|奖补事项|支持方向)$")
_BOX_PART = re.compile(r"^子(?:方向|课题|专题|项目)$")
_BARE_NUMBER = re.compile(r"(?:方向|专题|项目|课题|榜单)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
                          r"|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}\s*[-－—]\s*\d{1,2}")
_BOX_CAPTION = re.compile(r"^表\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?$")


def _boxed_directions(lines: list[Line]) -> list[Line]:
    """表1-1 ⏎ 要素 | 内容 ⏎ 方向名称 | … ⏎ 指南编号 | … ⏎ 研究内容 | … — a direction written as a
    two-column box with no heading: its name row is its heading (方向名称：…), its other rows
    its fields; rows naming its parts (子方向 | （1）…（…-1）) close it as its sub-directions,
    after its fields, which they share. The caption and the header row are no text."""
    result: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        cells = _two_cells(lines[index]) if index < len(lines) else None
        headed = line.table and _KEY_VALUE_HEADER.fullmatch(re.sub(r"\s", "", line.norm)) \
            and cells is not None and _BOX_NAME.match(cells[0])
        # (or no header: 项目名称 | … ⏎ 指南代码 | … ⏎ 研究内容 | …, a Word table a direction)
        bare = not headed and _box_opens(line, lines[index] if index < len(lines) else None)
        # (or its title alone over it, a row spanning the box: 拐枣…关键技术 ⏎ 方向代码 | …)
        titled = not (headed or bare) and _title_over_box(
            line, lines[index] if index < len(lines) else None)
        if not (headed or bare or titled):
            result.append(line)
            continue
        if bare:
            index -= 1  # (the name row is the box's first)
        if result and _BOX_CAPTION.match(result[-1].text.strip()):
            result.pop()
        # 方向1 / （一） / 4-1 alone over the box: the direction's number, its name the box's
        numbered = result.pop() if result and _BARE_NUMBER.fullmatch(result[-1].text.strip()) \
            else None
        parts: list[Line] = []
        first = True
        last = result  # (where the row just read went)
        if titled:
            text = f"方向名称：{line.text.strip()}"
            result.append(replace(line, text=text, norm=normalise(text), table=False))
            first = False
        while index < len(lines) and _in_box(lines[index], first) and (
                first or not _box_opens(lines[index], None)):  # (the next box's name row)
            row, index = lines[index], index + 1
            cells = _two_cells(row)
            if cells is None:  # (a cell's value wrapped onto a line of its own: the row's)
                joined = last[-1].text + row.text.strip()
                last[-1] = replace(last[-1], text=joined, norm=normalise(joined))
                continue
            key, value = cells
            last = parts if _BOX_PART.match(key) else result
            if last is parts:
                parts.append(replace(row, text=value, norm=normalise(value), table=False))
                continue
            text = f"方向名称：{value}" if first else f"{key}：{value}"
            if first and numbered is not None:
                number = numbered.text.strip()
                joint = "" if number[-1] in "、.．）)" else (
                    "：" if number[0] in "方专项课榜" else " ")
                text = number + joint + value
                row = replace(numbered, table=row.table)
            result.append(replace(row, text=text, norm=normalise(text), table=False,
                                  cell=not first))
            first = False
        result.extend(parts)
    return result


def _box_opens(line: Line, below: Line | None) -> bool:
    """A name row (项目名称 | …) opening a box of label | value rows: with `below`, the row
    under it must be one whose label is a field's (指南代码, 研究内容…)."""
    cells = _two_cells(line) if line.table or line.cell else None
    if cells is None or not _BOX_NAME.match(cells[0]):
        return False
    if below is None:
        return True
    under = _two_cells(below) if below.table or below.cell else None
    return under is not None and bool(
        FIELD_LABELS.get(under[0]) or _CODE_COLUMN.search(under[0])
        or any(rule.search(under[0]) for rule, _ in LABEL_RULES))


def _title_over_box(line: Line, below: Line | None) -> bool:
    """A short line over a box's first label | value row, a field's (方向代码 | …): the box's
    title row, spanning it, not a paragraph."""
    text = line.text.strip()
    under = _two_cells(below) if below is not None and below.table else None
    return not line.table and not line.cell and line.after_blank and 4 <= len(text) <= 40 \
        and not re.search(r"[。；;：:，,]", text) and classify_text(text) is None \
        and under is not None and not _BOX_NAME.match(under[0]) \
        and bool(FIELD_LABELS.get(under[0]) or (_CODE_COLUMN.search(under[0])
                                                and not _RECORD_NUMBER.search(under[0])))


# 工单编号 / 收文编号 / 合同编号: a form's own record number (a hotline's ticket, an office's
# register), no direction's code
_RECORD_NUMBER = re.compile(r"(?:工单|受理|合同|文件|档案|流水|登记|收文|发文|来文|案卷|订单|回执"
                            r"|证书|信用)(?:编号|编码|代码)$")


def _in_box(line: Line, first: bool) -> bool:
    """A row of the box, a labelled line a converter made of one, or a cell's value wrapped
    onto a line of its own — not the next box's header, a caption or a heading."""
    if line.table:
        return not _KEY_VALUE_HEADER.fullmatch(re.sub(r"\s", "", line.norm))
    # (需求背景：… after the box: the direction's next field, no value of the box's last row)
    return line.cell or not (first or line.after_blank or _BOX_CAPTION.match(line.text.strip())
                             or _BARE_NUMBER.fullmatch(line.text.strip())  # (the next box's)
                             or classify_text(line.text) is not None
                             or ((label := read_label(line)) is not None
                                 and label.key is not None))


def _two_cells(line: Line) -> tuple[str, str] | None:
    """A label | value row: its label and value (a row a converter wrote as a labelled line
    counts too)."""
    if line.table:
        cells = [cell.strip() for cell in line.text.split("\t")]
        return (cells[0], cells[1]) if len(cells) == 2 and all(cells) else None
    if line.cell:
        key, _, value = line.text.partition("：")
        return (key.strip(), value.strip()) if value else None
    return None


# 各方向名称后括号内依次为指南代码、单项资助额度（万元）、实施期限（年）、拟支持项目数。 ⏎
# 1.1 …（HC26-GG0101，50，2，1）: a legend naming, in order, the values a bracket after each
# title holds
_BRACKET_LEGEND = re.compile(r"括号内(?:依次|分别)?(?:为|是|列明|标注|注明)(?P<fields>[^。；;]+)")
_VALUES_BRACKET = re.compile(r"[(（](?P<values>[^()（）]*[,，][^()（）]*)[)）]\s*$")
# 为单一数值的，该数值为单个项目的资助上限: a single amount in a table is a cap
SINGLE_IS_CAP = re.compile(r"单一(?:数值|金额|数额)[^。；;]{0,16}(?:上限|最高)")
# 前资助，80万元: one amount in a terms cell, neither a range, a cap nor a share
_ONE_AMOUNT = re.compile(r"(?<![\d.～~\-—至到])(?P<n>\d+(?:\.\d+)?)\s*万元")
_NOT_ONE_AMOUNT = re.compile(r"不超过|最高|以内|以下|上限|[～~至到%％]|\d\s*[-—–]\s*\d")


def _bracket_terms(lines: list[Line]) -> list[Line]:
    """Each title's bracket of values, read by the legend: the code stays in the bracket, each
    other value a labelled line under the title (资助额度：不超过50万元 where the legend says a
    single amount is a cap; — states nothing)."""
    text = "".join(line.norm.strip() for line in lines)  # (a legend the page width cut)
    legend = _BRACKET_LEGEND.search(text) if "括号" in text else None
    if legend is None:
        return lines
    names = [name for n in re.split(r"[、,，]", legend["fields"])
             if (name := re.sub(r"^(?:和|及|以及)", "", n).strip())]
    if len(names) < 3 or not re.search(r"代码|编号", names[0]):
        return lines
    cap = SINGLE_IS_CAP.search(text) is not None
    result: list[Line] = []
    lines = list(lines)
    for at in range(len(lines) - 1):  # （HC26-GG0101， ⏎ 50，2，1）: a bracket a page width cut
        if re.search(r"[(（][^()（）]*[,，][^()（）]*$", lines[at].text) \
                and re.match(r"^[^()（）]*[)）]\s*$", lines[at + 1].text):
            joined = lines[at].text.rstrip() + lines[at + 1].text.strip()
            lines[at] = replace(lines[at], text=joined, norm=normalise(joined))
            lines[at + 1] = replace(lines[at + 1], text="", norm="")
    lines = [line for line in lines if line.text]
    for line in lines:
        bracket = _VALUES_BRACKET.search(line.text)
        values = [v.strip() for v in re.split(r"[,，]", bracket["values"])] if bracket else []
        if bracket is None or len(values) != len(names) or not _CODE_VALUE.match(values[0]):
            result.append(line)
            continue
        heading = f"{line.text[:bracket.start()]}（{values[0]}）"
        result.append(replace(line, text=heading, norm=normalise(heading)))
        said: list[str] = []  # (one sentence under the title: its text follows, not a field's)
        for name, value in zip(names[1:], values[1:], strict=True):
            label, unit = column_label(name)
            if not value.strip("—-－ ") or not label:
                continue
            if re.search(r"项目数|数量|项数", label) and value.isdigit():
                said.append(f"拟支持{value}项")
            elif unit.endswith("元") and cap and re.fullmatch(r"\d+(?:\.\d+)?", value):
                said.append(f"{label}不超过{with_unit(value, unit)}")
            else:
                said.append(f"{label}{with_unit(value, unit)}")
        if said:
            sentence = "本方向" + "，".join(said) + "。"
            result.append(replace(line, text=sentence, norm=normalise(sentence), continued=False))
    return result


# 本方向设以下两个子方向… ⏎ ——花生联合收获机智能化升级。针对…: sub-directions announced, then
# set out as dashed items, each its title up to the first stop and its text after it
ANNOUNCED_SUBS = re.compile(
    r"(?:设|下设|分设|分为|包括|包含)(?:以下|如下)?\s*[\d一二两三四五六七八九十]+\s*个子(?:方向|课题)"
    r"|以下(?:[\d一二两三四五六七八九十]+\s*个)?子(?:方向|课题)")
_ANNOUNCED_DIRECTIONS = re.compile(r"(?:支持|包括|设置?)(?:以下|如下)"
                                   r"(?:[\d一二两三四五六七八九十]+个)?(?:方向|领域)[:：]\s*$")
_DASHED_ITEM = re.compile(r"^(?:——|—|－{1,2}|-{1,2}|·|•|▪)\s*(?P<title>[^。；;：:，,]{4,40}?)"
                          r"[。；;：:]\s*(?P<body>.*)$")


def _dashed_subdirections(lines: list[Line]) -> list[Line]:
    """Each dashed item after a line announcing sub-directions as 子方向N：title over its text,
    and after one announcing directions (重点支持以下方向：) as 方向N：title (the dashes alone say
    nothing: under 研究内容包括： they list what a direction covers)."""
    if not any(line.text.lstrip()[:1] in "—－-·•▪" for line in lines):
        return lines  # (most documents: no dashed items at all)
    result: list[Line] = []
    keyword, count = "", 0
    for line in lines:
        item = _DASHED_ITEM.match(line.text.strip())
        if item is not None and not keyword and _closed_by_code(item["title"]):
            keyword, count = "方向", 1  # ——…技术成果转化（JX21-ZH01）。…: a direction by its code
        if not keyword:
            item = None
        if item is None:
            if ANNOUNCED_SUBS.search(line.norm):
                keyword, count = "子方向", 1
            elif _ANNOUNCED_DIRECTIONS.search(line.norm) and keyword != "方向":
                keyword, count = "方向", 1
            elif keyword and (count == 1 or _read_label(line.text, line.norm) is not None or (
                    (heading := classify_text(line.text.strip())) is not None
                    and (keyword == "子方向" or heading.level <= LEVELS["(一)"]))):
                keyword = ""  # (a heading or a field ends the items; their text runs on, and
                # a direction's own numbered sub-directions stand among the directions)
            result.append(line)
            continue
        heading_text = f"{keyword}{count}：{item['title']}"
        result.append(replace(line, text=heading_text, norm=normalise(heading_text),
                              continued=False))
        if item["body"].strip():
            result.append(replace(line, text=item["body"], norm=normalise(item["body"]),
                                  continued=False))
        count += 1
    return result


# 1．清徐老陈醋固态发酵…技术研究，围绕…，每项支持30～50万元，实施周期2年，须由企业牵头申报。: a
# direction written as one sentence, no label in it — its title the words before the first comma
_ONE_SENTENCE = re.compile(r"^(?P<num>\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])\s*"
                           r"(?P<title>[^，,。；;：:]{4,40}?)[，,](?P<rest>.{20,})$")
_NO_TITLE = re.compile(r"^(?:对|按|凡|经|在|由|为|申报|项目|企业|单位|各|本|以上|所有|符合"
                       r"|支持|鼓励|围绕|针对|聚焦|依托|结合|根据|立足|着眼)"
                       r"|须|应(?!用)|不得|可以|不超过|万元")
_GRANTS = re.compile(r"(?:支持|资助|补助|奖补|奖励)[^。；;]{0,12}?\d+(?:\.\d+)?\s*(?:万元|元|万)"
                     r"|\d+(?:\.\d+)?\s*(?:万元|元)"
                     r"|[一二两三四五六七八九十百千]+\s*万元")  # (每项资助不超过二十万元)
MIN_ONE_SENTENCE = 3


def _one_sentence_directions(lines: list[Line]) -> list[Line]:
    """Directions a notice lists as one sentence each (title, content, grant, period and lead
    rule run together with commas): three or more numbered in turn from 1, each stating a sum.
    The first comma is read as the full stop after a title (its body follows on its line)."""
    found: dict[int, re.Match[str]] = {}
    for at, line in enumerate(lines):
        match = _ONE_SENTENCE.match(line.text.strip())
        if match and not line.table and not _NO_TITLE.search(match["title"]) \
                and _GRANTS.search(match["rest"]) and classify_text(line.text) is None:
            found[at] = match
    numbers = [int(re.sub(r"\D", "", found[at]["num"])) for at in sorted(found)]
    if len(found) < MIN_ONE_SENTENCE or numbers[:MIN_ONE_SENTENCE] != [1, 2, 3]:
        return lines
    result = list(lines)
    for at, match in found.items():
        text = f"{match['num']}{match['title']}。{match['rest']}"
        result[at] = replace(lines[at], text=text, norm=normalise(text))
    return result


# 包括以下子方向：子方向1：…（DQ2025A03-1）；子方向2：…: sub-directions listed on one line
_INLINE_DIRECTION = re.compile(
    r"(?:子方向|子课题|子专题|方向|课题)\s*[\d一二三四五六七八九十]{1,2}\s*[:：]")


# 重点支持以下方向：①…；②…；③…。: the directions a heading lists on one line
_LISTED_INLINE = re.compile(r"(?:支持|包括|设置?)(?:以下|如下)[^。；;]{0,8}?(?:方向|领域|内容)[:：]"
                            rf"(?=\s*[{CIRCLED}])")


_CIRCLED_MARK = re.compile(rf"[{CIRCLED}]")
# …，重点支持以下方向：（1）…；（2）…: the same intro before a run numbered （1）（2）
_LISTED_RUN = re.compile(r"(?:重点|主要)?(?:支持|包括|设置?)(?:以下|如下)[^。；;]{0,8}?"
                         r"(?:方向|领域)[:：]")


# 主要方向包括：（1）…；（2）…。 / 子方向为：a.…；b.… / 主要方向包括：一是…；二是…: a direction's
# sub-directions, numbered in a run inside one sentence
# (opening its line: a paragraph of a class's terms ending 支持方向包括：（1）…；（2）… names the
# directions described further on, no sub-directions)
_NAMED_RUN = re.compile(r"^\s*(?:主要|重点|具体)?(?:支持)?"
                        r"(?:子方向|研究方向|攻关方向|支持方向|方向)(?:包括|包含|为|有|如下)[:：]")
_RUN_MARKS = (re.compile(r"[（(](?P<n>\d{1,2})[)）]"), re.compile(r"(?P<n>[a-h])[.．、]"),
              re.compile(rf"(?P<n>[{CIRCLED}])"),
              re.compile(r"(?P<n>[一二三四五六七八九十])是"))


def _run_items(text: str, intro: re.Match[str]) -> tuple[list[int], int]:
    """Where each item of a numbered run after `intro` starts: one numbering style counting
    1, 2, 3… from right after the intro, each item after a ；/， — or none; and where the run
    ends (its full stop: …（4）…应用。支持方式为前资助，每项… goes on with the run's terms)."""
    for mark in _RUN_MARKS:
        found = [m for m in mark.finditer(text, intro.end())
                 if m.start() == intro.end() or text[m.start() - 1] in "；;，,、 \u3000"]
        numbers = [CIRCLED.index(n) + 1 if n in CIRCLED else int(n) if n.isdigit()
                   else ord(n) - 96 if n.isascii() else chinese_to_int(n) or 0
                   for n in (m["n"] for m in found)]
        end = text.find("。", found[-1].start()) + 1 if found else 0
        if end <= 0 or not text[end:].strip():
            end = len(text)
        found = [m for m in found if m.start() < end]
        if len(found) >= 2 and found[0].start() == intro.end() \
                and numbers[:len(found)] == list(range(1, len(found) + 1)):
            starts = [m.start() for m in found]
            items = [text[a:b] for a, b in pairwise([*starts, end])]
            # (titles, not sentences: 研究内容包括：（1）开展…，形成…； are no directions)
            if all(len(item) <= 50 and not re.search(r"[，,：:]", item) for item in items):
                return starts, end
    return [], len(text)


# 本类支持以下方向：县域慢性病智能随访管理、农村生活污水低成本处理、…。: directions named only in
# a sentence, none numbered
_NAMED_LIST = re.compile(r"^\s*(?P<intro>(?:本类|本专项|本计划|本领域|本部分)?(?:主要|重点)?支持"
                         r"(?:以下|如下)(?:[\d一二三四五六七八九十]+个)?方向[:：])"
                         r"(?P<items>[^。；;:：，,]+)。?\s*$")


def _listed_in_sentence(line: Line) -> list[Line]:
    """The sentence as its intro and one bulleted item per direction it names (as a list of
    them would be written: ■…；), or [] when it names fewer than two or no titles."""
    named = _NAMED_LIST.match(line.text) if not line.table else None
    items = [item.strip() for item in named["items"].split("、")] if named else []
    if len(items) < 2 or not all(4 <= len(item) <= 30 for item in items):
        return []
    texts = [named["intro"].strip() if named else "",
             *(f"■{item}{'。' if at == len(items) - 1 else '；'}" for at, item in enumerate(items))]
    return [replace(line, text=text, norm=normalise(text)) for text in texts]


def _split_inline_directions(lines: list[Line]) -> list[Line]:
    """Two or more numbered sub-directions on one line are one line each (same number)."""
    result: list[Line] = []
    for line in lines:
        listed = _listed_in_sentence(line)
        if listed:
            result += listed
            continue
        run = _NAMED_RUN.search(line.text) if not line.table else None
        starts, stop = _run_items(line.text, run) if run else ([], len(line.text))
        if not starts and not line.table and (run := _LISTED_RUN.search(line.text)) is not None:
            # 围绕…需求，重点支持以下方向：（1）…；（2）…。: the sentence before the intro apart
            starts, stop = _run_items(line.text, run)
            before = line.text[:run.start()].strip()
            if starts and before:
                result.append(replace(line, text=before, norm=normalise(before)))
                line = replace(line, text=line.text[run.start():], norm=normalise(
                    line.text[run.start():]))
                starts, stop = [start - run.start() for start in starts], stop - run.start()
                run = _LISTED_RUN.match(line.text)
        if run and starts:
            head = line.text[:run.end()].strip()
            result.append(replace(line, text=head, norm=normalise(head)))
            for start, end in pairwise([*starts, stop]):
                part = line.text[start:end].strip().rstrip("；;。")
                result.append(replace(line, text=part, norm=normalise(part)))
            if line.text[stop:].strip():  # (the run's terms after it, said of all its items)
                rest = "　　" + line.text[stop:].strip()
                result.append(replace(line, text=rest, norm=normalise(rest)))
            continue
        intro = _LISTED_INLINE.search(line.text)
        circled = [m.start() for m in _CIRCLED_MARK.finditer(line.text)]
        if intro and len(circled) >= 2 and not line.table:
            head = line.text[:intro.end()].strip()
            result.append(replace(line, text=head, norm=normalise(head)))
            for start, end in pairwise([*circled, len(line.text)]):
                part = line.text[start:end].strip()
                result.append(replace(line, text=part, norm=normalise(part)))
            continue
        starts = [m.start() for m in _INLINE_DIRECTION.finditer(line.text)]
        if len(starts) < 2 or line.table:
            result.append(line)
            continue
        for start, end in pairwise([0, *starts, len(line.text)]):
            part = line.text[start:end].strip().rstrip("；;。")
            if part:
                result.append(replace(line, text=part, norm=normalise(part)))
    return result


# 支持强度：不超过300万元；实施周期：3年；拟支持1项。 — a known label after a ； starts a field
_RUN_ON_LABEL = re.compile(
    r"(?<=[；;。])\s*(?=(?P<label>[\u4e00-\u9fff]{2,8})\s*[:：])"
    # 〖归口科室〗高新技术科　　〖资助方式〗前资助 / 支持金额：30万元　　实施期限：2年
    r"|(?:[ \u3000]{2,}|\u3000)"
    r"(?=[【〖〔\[［]?(?P<spaced>[\u4e00-\u9fff]{2,6})[】〗〕\]］]?\s*[:：]?)"
    r"|(?<=[；;。])\s*(?=(?P<quota>拟支持|拟立项)\s*(?:不超过)?[\d一二两三四五六七八九十])"
    # …开展临床应用评价。【支持强度】…【实施周期】2年: terms run in after the content (or
    # with no full stop at all: …国际先进水平【资助额度】每项…【实施周期】不超过3年)
    r"|(?:(?<=[；;。])\s*|(?<=[^\s；;。]))(?=[【〖](?P<bracketed>[\u4e00-\u9fff]{2,6})[】〗])")


_QUOTA_START = re.compile(r"^(?:拟支持|拟立项)\s*(?:不超过)?[\d一二两三四五六七八九十]+\s*[项个家]")


def _labelled_cell(cell: str) -> bool:
    """A table cell that is a whole labelled value (实施期限：2年), not a header or a value."""
    if not re.search(r"[:：】〗〕\]］]", cell[:12]):
        return False
    label = read_label(Line(0, cell, normalise(cell)))
    # (归口股室：县科技局科技股　　支持方式：前资助　　执行期限：…: the office's label too)
    return label is not None and bool(label.rest) and (
        label.key is not None or OFFICE_LINE.match(normalise(cell).strip()) is not None)


def _spaced_label(rest: str) -> bool:
    """After a run of spaces: a label (〖资助方式〗…, 实施期限：…), not more of the value."""
    probe = Line(0, rest.strip(), normalise(rest.strip()))
    label = read_label(probe)
    return label is not None and label.key is not None and (label.bracketed or label.listed)


# …在2台以上锅炉实现工程应用。（指南代码：ZG2025ZD01；支持额度：不超过100万元；拟支持1项）
_TRAILING_TERMS = re.compile(
    r"[(（](?P<inner>[^()（）]*[:：][^()（）]*[;；][^()（）]*)[)）]\s*[。.]?$")
_CODE_ITEM = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:代码|编号|编码)\s*[:：]")


_KIND_ITEM = re.compile(r"^(?:项目)?(?:类别|类型)\s*[:：]\s*\S")  # 项目类别：重点项目


def _term_item(item: str) -> str | None:
    """One item of a bracket of terms as the field line it stands for, or None."""
    if _CODE_ITEM.match(item) or _QUOTA_START.match(item) or _KIND_ITEM.match(item):
        return item
    label = _read_label(item, normalise(item))
    return item if label is not None and label.key is not None and label.rest else None


def _split_trailing_terms(lines: list[Line]) -> list[Line]:
    """A direction written as one paragraph whose terms close it in a bracket, each item a
    labelled value after a ；: the paragraph, then one field line per item (same number)."""
    result: list[Line] = []
    for line in lines:
        match = None if line.table or ("；" not in line.text and ";" not in line.text) \
            else _TRAILING_TERMS.search(line.text)
        items = [item.strip() for item in re.split(r"[;；]", match["inner"])] if match else []
        fields = [_term_item(item) for item in items if item]
        if not match or not all(fields) or not any(
                f and not _CODE_ITEM.match(f) for f in fields):
            result.append(line)
            continue
        head = line.text[:match.start()].rstrip()
        if head:  # (a line that is only the bracket: （指南编号：…；项目类别：…）)
            result.append(replace(line, text=head, norm=normalise(head)))
        # (each item's value whole, as a cell's: the paragraph under the heading is not more
        # of the last one)
        result += [replace(line, text=f, norm=normalise(f), continued=False, title_tail=False,
                           cell=True) for f in fields if f]
    return result


# 支持方式/支持额度/实施期限/拟支持项数：前资助/30～50万元/2年/2项 — labels and values paired
SLASHED = re.compile(r"^(?P<labels>[\u4e00-\u9fff]{2,8}(?:\s*/\s*[\u4e00-\u9fff]{2,8})+)\s*[:：]"
                     r"\s*(?P<values>\S.*)$")


def _slashed(line: Line) -> list[str] | None:
    """The label：value lines a slash-joined line stands for, when each label names a field and
    the values are as many."""
    match = SLASHED.match(line.text.strip())
    if match is None:
        return None
    labels = [part.strip() for part in match["labels"].split("/")]
    values = [part.strip() for part in match["values"].split("/")]
    said = [f"{label}：{value}" for label, value in zip(labels, values, strict=False)]
    known = [_read_label(text, normalise(text)) for text in said]
    if len(labels) != len(values) or not all(k is not None and k.key for k in known):
        return None
    return said


# 支持强度由“每项不超过30万元”调整为“每项不超过50万元”: a revision notice's change to a field
# (the subject a field's name, not a table's row: 表1中B类…额度由… is that row's amendment)
REVISION = re.compile(r"(?:^|(?<=[；;。]))\s*(?P<subject>[\u4e00-\u9fff]{2,16}?)"
                      r"由[“\"「][^”\"」]*[”\"」]"
                      r"(?:调整|修改|变更|修订|更改)?为[“\"「](?P<new>[^”\"」]*)[”\"」]")
_REVISION_LABEL = re.compile(r"^(?:修订|调整|修改|变更|补充)(?:内容|事项|情况)\s*[:：]\s*")


def _revised(lines: list[Line]) -> list[Line]:
    """修订内容：支持强度由“…”调整为“每项不超过50万元”；实施期限由“2年”调整为“3年”。 — what a
    revision notice changes, read as the fields it now states (支持强度：每项不超过50万元；
    实施期限：3年。); the old values are no longer the direction's terms."""
    def revise(match: re.Match[str]) -> str:
        subject, new = match["subject"].strip(), match["new"]
        said = f"{subject}：{new}"
        known = _read_label(said, normalise(said))
        if known is not None and known.key:
            return said
        # 研发投入要求由“…”调整为“不低于100万元”: a requirement, 研发投入不低于100万元
        rule = re.sub(r"(?:要求|条件)$", "", subject)
        return f"申报要求：{rule}{new}" if rule != subject else f"{subject}{new}"

    result = []
    for line in lines:
        said = _REVISION_LABEL.sub("", line.text.strip())
        if "为" not in said or not REVISION.search(said):
            result.append(line)
            continue
        text = REVISION.sub(revise, said)
        result.append(replace(line, text=text, norm=normalise(text)))
    return result


_BRACKET_LABELS = re.compile(r"【[\u4e00-\u9fff]{2,8}】")


_QUOTA_LEAD = re.compile(r"^(?:拟支持|拟立项)")
_RUN_ON = re.compile(r"[；;。].|\S[ \u3000]{2,}\S|\S\u3000\S")
_TERM_KEYS = frozenset({"funding", "period", "quota", "mode"})  # (资助额度, 实施期限, …)
_OWN_SENTENCE = re.compile(r"(?<=[。；;])\s*(?=本(?:方向|项目|专题|课题)(?![^。；;]{0,12}[:：]))")
_QUOTA_PART = re.compile(r"(?:拟支持|拟立项)\s*[\d一二两三四五六七八九十]")


def _terms_run_on(line: Line) -> bool:
    """…形成企业标准1项。资助额度：30～50万元。拟支持2项。 under 考核指标：产品: a field's words
    carried over from the line above (a hard wrap), then a term's label after a full stop."""
    return classify_text(line.text) is None and any(
        m["label"] and label_key(m["label"]) in _TERM_KEYS
        for m in _RUN_ON_LABEL.finditer(line.text))


def split_run_on_labels(lines: list[Line]) -> list[Line]:
    """A line of several labelled values, each after a ；, is that many field lines."""
    result: list[Line] = []
    for line in lines:
        barred = _barred_fields(line.text) if not line.table and "｜" in line.text else None
        if barred:  # 【项目信息】代码：CD2025ZD01｜额度：100～150万元｜期限：2年｜归口：…
            result += [replace(line, text=text, norm=normalise(text)) for text in barred]
            continue
        slashed = None if line.table or "/" not in line.text else _slashed(line)
        if slashed:
            result += [replace(line, text=text, norm=normalise(text)) for text in slashed]
            continue
        cells = [cell.strip() for cell in line.text.split("\t")] if line.table else []
        if len(cells) >= 2 and all(_labelled_cell(cell) for cell in cells):
            # 支持金额：不超过80万元　　实施期限：2年 (the spaces read as a table's): fields
            result += [replace(line, text=cell, norm=normalise(cell), table=False)
                       for cell in cells]
            continue
        pairs = _SPACED_PAIR_SPLIT.split(line.text.strip()) if not line.table else []
        if len(pairs) >= 2 and all(_PAIR_START.match(pair) for pair in pairs):
            # 类别：重点攻关类　编号：DSQ2027-MG01: labelled values set apart by a wide space
            result += [replace(line, text=pair, norm=normalise(pair)) for pair in pairs]
            continue
        if not line.table and _QUOTA_START.match(line.norm):  # 拟支持1项。 on a line of its own
            text = f"拟支持数量：{_QUOTA_LEAD.sub('', line.text.strip())}"
            result.append(replace(line, text=text, norm=normalise(text)))
            continue
        glued = [] if line.table else _glued_labels(line.text)
        if line.table or not (_RUN_ON.search(line.text) or glued
                              or len(_BRACKET_LABELS.findall(line.text)) >= 2) \
                or (read_label(line) is None
                    and not (result and read_label(result[-1]) and _terms_run_on(line))):
            result.append(line)  # (【研究内容】…【资助额度】…: run together)
            continue
        cuts = [m.start() for m in _RUN_ON_LABEL.finditer(line.text)
                if m["quota"] or (m["label"] and label_key(m["label"]) not in (None, OWN)
                                  # (这个方向有个门槛：…: a sentence said aloud, no label)
                                  and not m["label"].startswith(("这个", "这一", "那个")))
                or (m["bracketed"] and FIELD_LABELS.get(m["bracketed"]) not in (None, OWN))
                or (m["spaced"] and _spaced_label(line.text[m.end():]))]
        if cuts and read_label(line) is None:
            # (…拟支持2项。本方向可由高校…牵头，不受本计划…的限制: what it waives, its own words)
            cuts += [m.start() for m in _OWN_SENTENCE.finditer(line.text) if m.start() > cuts[0]]
        cuts = sorted(set(cuts) | set(glued))
        for start, end in pairwise([0, *cuts, len(line.text)]):
            part = line.text[start:end].strip()
            if _QUOTA_PART.match(part):
                part = f"拟支持数量：{part.removeprefix('拟支持').removeprefix('拟立项')}"
            if part:
                result.append(replace(line, text=part, norm=normalise(part)))
    return result


# 资助经费：20-30万元起止年限：2021年7月-… / 5-10万元拟支持2项: a page that lost its line
# breaks, a value's unit (or number, or bracket) run straight into the next label
_VALUE_END = re.compile(r"[\d元项年月日%％）)个人家]$")
_GLUED_QUOTA = re.compile(r"(?<=[元）)])(?=(?:拟支持|拟立项)\s*(?:不超过)?"
                          r"[\d一二两三四五六七八九十])")


def _glued_labels(text: str) -> list[int]:
    """Where a label starts right after the value before it, with nothing between: for each
    colon after the first, the longest word before it (3–6 characters) whose head word names a
    field, after a character that ends a value."""
    colons = [m.start() for m in re.finditer(r"[:：]", text)]
    cuts = [m.start() for m in _GLUED_QUOTA.finditer(text)] if colons else []
    for at in colons[1:]:
        for size in range(6, 2, -1):
            start = at - size
            word = text[start:at]
            if start > colons[0] + 1 and re.fullmatch(r"[\u4e00-\u9fff]+", word) \
                    and not _VALUE_END.search(word[0]) and word[0] not in "万亿千百" \
                    and _VALUE_END.search(text[:start]) \
                    and not re.search(r"(?:这|那|每|各|哪)个$", text[:start]) \
                    and head_word_key(word, final=True) not in (None, OWN):
                # (…。这个方向有个门槛：…: 这个 is no value's end, the label is its sentence's)
                cuts.append(start)
                break
    return cuts


# (the gap taken whole, possessive: spaces tried every way would take minutes on a long line)
_SPACED_PAIR_SPLIT = re.compile(r"(?:\u3000|\s\s)[\u3000\s]*+(?=[\u4e00-\u9fff]{2,8}\s*[:：])")
_PAIR_START = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]\s*\S")
_BAR_LEAD = re.compile(r"^\s*[【\[［][\u4e00-\u9fff]{2,8}[】\]］]\s*")
_BAR_PAIR = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]\s*(?P<value>\S.*)$")


def _barred_rejoined(lines: list[Line]) -> list[Line]:
    """【项目信息】代码：…｜额度：100～150 ⏎ 万元｜期限：2年｜… — a record cut at the page width:
    its lines joined again while the next carries on its bars (the lines after it dropped)."""
    out: list[Line] = []
    for line in lines:
        before = out[-1] if out else None
        if before is not None and not before.table and not line.table \
                and _BAR_LEAD.match(before.text) and "｜" in before.text \
                and ("｜" in line.text or before.text.rstrip().endswith("｜")) \
                and not _BAR_LEAD.match(line.text) and classify_text(line.text) is None:
            text = before.text.rstrip() + line.text.strip()
            out[-1] = replace(before, text=text, norm=normalise(text))
            continue
        out.append(line)
    return out


def _barred_fields(text: str) -> list[str] | None:
    """代码：…｜额度：…｜期限：…｜归口：… — a record of labelled values set on one line
    between ｜ bars (behind a 【项目信息】 tag): each a field line; 归口：X said as the office
    line it is."""
    pieces = [piece.strip() for piece in _BAR_LEAD.sub("", text).split("｜")]
    pairs = [_BAR_PAIR.match(piece) for piece in pieces]
    if len(pieces) < 3 or any(pair is None for pair in pairs):
        return None
    known = sum(1 for pair in pairs if pair and (label_key(pair["label"]) is not None
                                                  or pair["label"] in ("代码", "编号", "归口")))
    if known < len(pieces) - 1:
        return None
    return [f"归口科室：{pair['value']}" if pair["label"] == "归口" else pair[0]
            for pair in pairs if pair]


def _join_short_wrapped_headings(lines: list[Line]) -> list[Line]:
    """1．面向钢铁行业CCUS的低浓度CO2捕集与 ⏎ 矿化利用关键技术研究及示范 ⏎ 研究内容：… — a
    heading set in a larger font wraps sooner than the text: its second line, short and without
    a sentence in it, sits between the heading and the first field (unless the heading closed
    with its code). Only for a numbering style
    the document elsewhere puts fields right under (so a group heading over an unnumbered
    direction title stays two headings)."""
    def kind(line: Line) -> Heading | None:
        return None if line.table else classify_text(line.text)

    labelled = [_field_label(line) for line in lines]
    direct = {heading.style for i in range(len(lines) - 1)  # (代码：… under it, too)
              if (labelled[i + 1] or code_line(lines[i + 1]) is not None)
              and (heading := kind(lines[i])) is not None}
    result: list[Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        if direct and i + 2 < len(lines) and not labelled[i] \
                and not any(mark in line.norm for mark in TERMINAL) \
                and _title_rest(lines[i + 1], labelled[i + 1]) \
                and (labelled[i + 2] or code_line(lines[i + 2]) is not None
                     or kind(lines[i + 2]) is not None) \
                and (heading := kind(line)) is not None and heading.style in direct \
                and kind(lines[i + 1]) is None and not _closed_by_code(line.norm) \
                and not names_field(heading_title(heading.rest)) \
                and head_word_key(heading_title(heading.rest), final=True) is None:
            joined = line.text + lines[i + 1].text
            result.append(replace(line, text=joined, norm=normalise(joined)))
            skip = True
            continue
        result.append(line)
    return result


def coded_title(line: Line) -> bool:
    """产学研合作项目（项目编号：ZP2023-CX01）: an unnumbered title closed by its code — a bare
    heading once its code is set aside (the code's label has a colon no title has)."""
    code = CODE.search(line.norm)
    if code is None or not _closed_by_code(line.norm):
        return False
    title = line.norm[: code.start()].rstrip()
    return re.search(r"[\u4e00-\u9fff]{2}", title) is not None \
        and is_bare_heading(replace(line, text=title, norm=title))


# 社会发展科技计划（归口科室：社会发展股）: a plan's title closed by its office, no number
_PLAN_WITH_OFFICE = re.compile(r"^(?P<title>[\u4e00-\u9fff]{2,24}(?:计划|专项|专题))\s*"
                               r"[(（](?:归口|责任|主管|业务)?(?:处室|科室|股室)\s*[:：]\s*"
                               r"[\u4e00-\u9fff]{2,16}[)）]$")


def office_closed_title(line: Line) -> bool:
    """社会发展科技计划（归口科室：社会发展股） alone on its line: a plan's title with no number,
    closed by the office that handles it."""
    return not line.table and _PLAN_WITH_OFFICE.match(line.norm.strip()) is not None


def _closed_by_code(text: str) -> bool:
    """A heading that ends with its code is whole (1．石材废料…利用（MC26-ZD01）): the line
    under it is no more of its title."""
    code = CODE.search(text)
    # (…（项目编号：YC2019-02）（归口科室：社会发展科）: its office after it)
    return code is not None and (not (rest := text[code.end():].strip(" 。."))
                                 or _OFFICE_AFTER_CODE.fullmatch(rest) is not None)


_OFFICE_AFTER_CODE = re.compile(r"[(（](?:(?:归口|责任|主管|业务)?(?:处室|科室|股室|单位)\s*[:：])?"
                                r"\s*[\u4e00-\u9fff]{2,16}(?:科|处|股|室|中心|局)\s*[)）]")


def _field_label(line: Line) -> bool:
    label = None if line.table else read_label(line)
    return label is not None and label.key not in (None, OWN, "notes")


def _title_rest(line: Line, labelled: bool) -> bool:
    """Could this line be the rest of the title above: short, no label or sentence."""
    return (not labelled and not line.table and not line.continued
            and len(line.norm) <= 30 and not re.search(r"[。；;:：，,]", strip_brackets(line.norm))
            and code_line(line) is None and not _VALUE.search(line.norm)
            and re.search(r"[\u4e00-\u9fff]{2}", line.norm) is not None)


_VALUE = re.compile(r"\d\s*(?:万元|元|年|项|个月|%)")  # 50万元/项 is a value, not a title


# 问：由哪个股室受理？ ⏎ 答：工业科技股。 — a question names the field its answer fills
_QUESTION = re.compile(r"^(?:问|Q)\s*[:：]\s*(?P<q>.+)$")
_ANSWER = re.compile(r"^(?:答|A)\s*[:：]\s*(?P<a>.+)$")
QUESTION_FIELDS = (
    (re.compile(r"股室|处室|科室|受理|归口"), "归口股室"),
    (re.compile(r"几项|几个|多少项|数量|名额"), "支持数量"),
    (re.compile(r"执行期|实施期|期限|周期|多长|多久"), "实施期限"),
    (re.compile(r"自筹|配套"), "配套要求"),
    (re.compile(r"资助|补助|奖补|奖励|贴息|金额|额度|经费|多少钱|拨付"), "资助额度"),
    (re.compile(r"单位|主体|对象|条件|资格|谁"), "申报条件"),
    (re.compile(r"内容|支持哪些|支持什么|研究|方向"), "研究内容"),
)


def _answers(lines: list[Line]) -> list[Line]:
    """A 问：/答： pair read as the field the question asks for: 问：拟支持几项？答：1项。 is
    支持数量：1项。 A question no rule knows stays as it was."""
    result: list[Line] = []
    for line in lines:
        answer = _ANSWER.match(line.norm.strip())
        question = _QUESTION.match(result[-1].norm.strip()) if result else None
        if answer is not None and question is not None:
            label = next((name for pattern, name in QUESTION_FIELDS
                          if pattern.search(question["q"])), None)
            if label is not None:
                value = line.text.strip()[line.text.strip().find(answer["a"][:1]):]
                text = f"{label}：{value}"
                result[-1] = replace(result[-1], text=text, norm=normalise(text))
                continue
        result.append(line)
    return result


# 责任科室： ⏎ 高新技术科 / 指南代码： ⏎ YC26ZD0101 — the label alone, its value below
# (指南代码 ⏎ ‘LX2026GX01’: an Info file's table, the label's colon left out)
_LABEL_ALONE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:代码|编号|编码|处室|科室|股室|部门)\s*[:：]?$")
_OFFICE_VALUE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:科|处|室|办|中心|股|部)$")
_CODE_VALUE = re.compile(r"^[‘'`]?(?=[0-9A-Za-z\-]*\d{2})[0-9A-Za-z][0-9A-Za-z\-]{3,19}[’']?$")
_KIND_ALONE = re.compile(r"^(?:项目)?(?:类别|类型)\s*[:：]?$")
_KIND_VALUE = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}项目|[A-Z甲乙丙丁]类(?:项目)?)$")


def _join_label_values(lines: list[Line]) -> list[Line]:
    """A code or office label alone on its line, its value on the next: one line."""
    result: list[Line] = []
    for line in lines:
        before = result[-1] if result else None
        if before is not None and _LABEL_ALONE.match(before.norm.strip()) and (
                _OFFICE_VALUE.match(line.norm.strip()) or _CODE_VALUE.match(line.norm.strip())):
            label = before.text.strip()
            joined = label + ("" if label.endswith((":", "：")) else "：") + line.text.strip()
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        if before is not None and _KIND_ALONE.match(before.norm.strip()) \
                and _KIND_VALUE.match(line.norm.strip()):  # 项目类别 ⏎ 重点项目
            joined = before.text.strip().rstrip(":：") + "：" + line.text.strip()
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        result.append(line)
    return result


# 项目名称 ⏎ 农机装备智能控制系统研发: the title cell of a table flattened one cell per line
_TITLE_CELL = re.compile(r"^(?:项目|方向|榜单|课题|指南方向)名称$")


# 编号：XT26-G01 | 名称：… | 类别：重点 | 归口：高新技术科 | 资助：50-80万元 | …: a direction
# written as one line of key：value pairs (a "方向卡"), its short keys the fields they abbreviate
CARD_KEYS = {
    "名称": "方向名称", "方向名称": "方向名称", "项目名称": "方向名称", "榜单名称": "方向名称",
    "编号": "指南代码", "代码": "指南代码", "指南代码": "指南代码", "方向代码": "指南代码",
    "项目编号": "指南代码", "类别": "项目类别", "类型": "项目类别", "项目类别": "项目类别",
    "归口": "归口科室", "归口科室": "归口科室", "归口处室": "归口科室",
    "资助": "资助额度", "金额": "资助额度", "额度": "资助额度",
    "方式": "支持方式", "周期": "实施期限", "期限": "实施期限", "名额": "拟支持数量",
    "数量": "拟支持数量", "牵头": "牵头要求", "门槛": "申报要求", "条件": "申报要求",
    "要求": "申报要求", "配套": "配套比例",
}
_CARD_START = re.compile(
    r"^[\u4e00-\u9fff]{1,6}\s*[:：][^|｜\t]+[|｜\t]\s*[\u4e00-\u9fff]{1,6}\s*[:：]")
_CARD_PAIR = re.compile(r"^(?P<key>[\u4e00-\u9fff]{1,6})\s*[:：]\s*(?P<value>.+)$")


def _card(line: Line) -> list[str] | None:
    """The label lines a one-line card of key：value pairs stands for, its title first."""
    parts = [p.strip() for p in re.split(r"\s*[|｜\t]\s*", line.text.strip()) if p.strip()]
    pairs = [_CARD_PAIR.match(part) for part in parts]
    if len(parts) < 3 or None in pairs:
        return None
    said = {m["key"]: m["value"].strip() for m in pairs if m is not None}
    title = next((said[k] for k in said if CARD_KEYS.get(k) == "方向名称"), None)
    if title is None:
        return None
    lines = [f"方向名称：{title}"]
    for key, value in said.items():
        label = CARD_KEYS.get(key, key)
        if label == "方向名称" or value in ("—", "-", "－", "/"):
            continue
        if label == "牵头要求" and re.fullmatch(r"限(?:于)?企业", value):
            value = "须由企业牵头申报"
        lines.append(f"{label}：{value}")
    code = next((line for line in lines if line.startswith("指南代码：")), None)
    if code is not None:  # the code under its title, as 指南代码 lines stand
        lines.remove(code)
        lines.insert(1, code)
    return lines


# “油田伴生气回收与轻烃高值化利用”方向。支持…拟支持2项…: a direction named in quotes at the
# head of its paragraph, its terms after it
# (in minutes, the decision naming it: 1．会议同意设立“…”方向，列入第一类。…; 3．会议认为，
# “…”方向前期论证尚不充分，本年度暂不受理)
_QUOTED_DIRECTION = re.compile(
    r"^(?:(?P<number>\d{1,2}\s*[.．、]|[(（]\d{1,2}[)）])\s*"
    r"(?P<lead>(?:会议|经研究|本次会议)?[，,]?(?:同意|决定|认为|研究)?[，,]?(?:继续)?"
    r"(?:设立|设置|实施|支持|开展|启动)?))?"
    r"[“\"](?P<title>[^”\"]{4,40})[”\"](?:方向|项目|专题|课题|事项)"
    r"(?P<stop>[。.：:]|(?(number)[，,]?|(?!)))\s*(?P<body>\S.*)$")


# 问6：“锂电新能源正极材料关键技术”方向（FZ25ZD01）支持什么？ ⏎ 答：…: a 政策问答 whose
# questions name the directions their answers describe
_ASKED = re.compile(r"^问\s*\d{0,3}\s*[:：]\s*(?P<ask>.+)$")
_ANSWERED = re.compile(r"^答\s*\d{0,3}\s*[:：]\s*(?P<say>.*)$")
# 第一类“产业关键技术攻关”是怎么规定的？: a question taking up a part of the guideline by its
# ordinal and quoted name
_ASKED_PART = re.compile(r"(?P<ordinal>第[一二三四五六七八九十]{1,3}(?:类|部分|项|批|专项))\s*"
                         r"[“\"](?P<title>[^”\"]{2,30})[”\"]")
_ASKED_DIRECTION = re.compile(r"[“\"](?P<title>[^”\"]{4,40})[”\"](?:方向|项目|专题|课题|事项|榜单)"
                              r"\s*(?P<code>[(（][^()（）]{3,30}[)）])?")
# 3.如何申报“生物医药与高端医疗器械”方向？能支持多少钱？ / 2.“技术合同登记后补助”怎么申请？: a
# numbered question, its answer the paragraph under it (a guideline written as a firm's questions)
# (numbered in any list style: 3. / 3、 / 3） / （3） / ③)
_ASK_NUMBER = rf"(?:\d{{1,2}}\s*[.．、)）]|[(（]\d{{1,2}}[)）]|[{CIRCLED}])"
_NUMBERED_ASK = re.compile(rf"^{_ASK_NUMBER}\s*(?P<ask>\S.{{2,100}}?[？?])"
                           r"\s*(?:\S.{0,30}?[？?])?$")
_QUOTED_NAME = re.compile(r"[“\"](?P<title>[^”\"]{4,40})[”\"]\s*"
                          r"(?P<code>[(（][^()（）]{3,30}[)）])?")


def _asked_on(lines: list[Line], index: int) -> tuple[re.Match[str], int] | None:
    """The direction a numbered question starting on this line names in quotes, and how many
    lines the page width carried the question on to."""
    line = lines[index]
    if line.continued or not re.match(rf"^\s*{_ASK_NUMBER}", line.text):
        return None  # (the text, not its normal form: that reads ③ as a bare 3)
    text, used = line.text.strip(), 0
    while not _NUMBERED_ASK.match(text) and used < 3 and index + used + 1 < len(lines) \
            and lines[index + used + 1].continued:
        used += 1
        text += lines[index + used].text.strip()
    asked = _NUMBERED_ASK.match(text)
    found = _QUOTED_NAME.search(asked["ask"]) if asked else None
    return (found, used) if found is not None else None


def _questions_and_answers(lines: list[Line]) -> list[Line]:
    """A guideline written as questions and answers whose questions name the directions (three
    or more): each such question is its direction's heading and its answer the direction's
    text; a question about a plan's terms goes, its answer read as text of the heading it
    stands under. (Questions under a direction's heading, 问：资助多少？, are its fields.) Numbered
    questions naming directions in quotes (1.如何申报“…”方向？) are headings the same way."""
    result: list[Line]
    named = [bool((asked := _ASKED.match(line.text.strip()))
                  and _ASKED_DIRECTION.search(asked["ask"])) for line in lines]
    asks = [_asked_on(lines, index) for index in range(len(lines))]
    if sum(named) < 3 and sum(1 for ask in asks if ask) >= 3:  # 1.如何申报“…”方向？ ⏎ answer
        result = []
        skip = 0
        for line, ask in zip(lines, asks, strict=True):
            if skip:  # (the rest of a question the page width cut)
                skip -= 1
                continue
            if ask is not None:
                name, skip = ask
                heading = f"方向名称：{name['title']}{name['code'] or ''}"
                line = replace(line, text=heading, norm=normalise(heading), continued=False)
            result.append(line)
        return result
    # (问：第一类“产业关键技术攻关”是怎么规定的？ ⏎ 答：…这一类须由企业牵头…列了三个方向： ⏎
    # 1.…: a record's questions taking up the guideline's parts, the answers its text)
    parts = [bool((asked := _ASKED.match(line.text.strip())) and _ASKED_PART.search(asked["ask"]))
             for line in lines]
    if sum(named) < 3 and (sum(parts) < 2 or sum(
            1 for line in lines if _ANSWERED.match(line.text.strip())) < 3):
        return lines
    result = []
    answering = False
    ordinal = ""  # the part the last question took up
    for line, names in zip(lines, named, strict=True):
        text = line.text.strip()
        asked, answered = _ASKED.match(text), _ANSWERED.match(text)
        if asked is not None:
            found = _ASKED_DIRECTION.search(asked["ask"]) if names else None
            part = _ASKED_PART.search(asked["ask"])
            ordinal = part["ordinal"] if part is not None and found is None else ""
            if found is not None:
                heading = f"方向名称：{found['title']}{found['code'] or ''}"
                result.append(replace(line, text=heading, norm=normalise(heading),
                                      continued=False))
            elif part is not None:
                heading = f"{part['ordinal']}　{part['title']}"
                result.append(replace(line, text=heading, norm=normalise(heading),
                                      continued=False))
            answering = True
            continue  # (a general question says nothing its answer does not)
        if answered is not None and answering:
            say = re.sub(r"^(?:可以|不可以|能|不能|是的|是|否)[。，,]\s*", "", answered["say"])
            if ordinal and say.startswith(ordinal):  # 答：第一类归口…: the part named again
                say = say[len(ordinal):]
            if say:
                result.append(replace(line, text=say, norm=normalise(say), continued=False))
            continue
        answering = False
        result.append(line)
    return result


# 本计划设5个方向：①高端装备关键零部件精密制造（QHD25ZY01）；②…：directions named in one
# paragraph, then described one paragraph each, opening with the same number
_LISTING = re.compile(rf"^(?P<intro>[^{CIRCLED}]{{0,40}}?)[:：]\s*(?P<items>[{CIRCLED}].+)$")
_LISTED_ITEM = re.compile(
    rf"(?P<mark>[{CIRCLED}])\s*(?P<name>[^{CIRCLED}；;。]{{2,60}}?)\s*(?=[；;。]|$)")


def _taken_up(after: list[Line], mark: str) -> bool:
    """Does a paragraph open with `mark` before the next heading?"""
    for line in after:
        text = line.text.strip()
        if text.startswith(mark):
            return True
        if classify_text(text) is not None:
            return False
    return False


def _listed_directions(lines: list[Line]) -> list[Line]:
    """Each paragraph that a listing's number opens as that direction's heading (its name and
    code as listed) and its text; the listing itself as the sentence introducing them."""
    result: list[Line] = []
    names: dict[str, str] = {}
    index = 0
    while index < len(lines):
        line, index = lines[index], index + 1
        text = line.text.strip()
        listing = _LISTING.match(text) if any(c in text for c in CIRCLED[:2]) else None
        if listing is not None:
            # a listing cut at the page width (…（QHD25CZ01） ⏎ ；②…, …；② ⏎ 燕山…): its rest
            # joined, up to the full stop that ends it
            stop = min(len(lines), index + 6)
            while index < stop and not text.endswith(("。", "：", ":")) \
                    and (following := lines[index].text.strip())[:1] not in CIRCLED[:1] \
                    and classify_text(following) is None:
                text += following
                index += 1
            listing = _LISTING.match(text)
        items = _LISTED_ITEM.findall(listing["items"]) if listing is not None else []
        if len(items) >= 2 and listing is not None and _taken_up(lines[index:], items[0][0]):
            # (a listing no paragraph after it takes up by number is the list itself)
            names = dict(items)
            intro = listing["intro"].rstrip() + "。"
            result.append(replace(line, text=intro, norm=normalise(intro)))
            continue
        if listing is not None and text != line.text.strip():
            result.append(replace(line, text=text, norm=normalise(text)))
            continue
        if names and text[:1] in names and not line.continued:
            heading, body = text[0] + names.pop(text[0]), text[1:].strip()
            result += [replace(line, text=heading, norm=normalise(heading), continued=False),
                       replace(line, text=body, norm=normalise(body), continued=False)]
            continue
        if names and classify_text(text) is not None:
            names = {}  # a heading: the descriptions ended
        result.append(line)
    return result


def _quoted_direction(text: str) -> re.Match[str] | None:
    """A paragraph naming its direction in quotes at its head — a full stop or colon after the
    name, or the meeting's decision before it (not 1．“…”方向执行期限为3年, a note on one)."""
    match = _QUOTED_DIRECTION.match(text.strip())
    if match is None or (match["stop"] in ("", "，", ",") and not match["lead"]):
        return None
    return match


def _quoted_directions(lines: list[Line]) -> list[Line]:
    """Each such paragraph as its direction's name line and its text."""
    if sum(1 for line in lines if _quoted_direction(line.text)) < 2:
        return lines  # (one quoted name opening a paragraph is a sentence, not the layout)
    result: list[Line] = []
    for line in lines:
        match = _quoted_direction(line.text)
        if match is None:
            result.append(line)
            continue
        body = match["body"]
        if match["stop"] in ("", "，", ","):  # (…”方向，列入第一类。: it goes on about it)
            body = "本方向" + body
        for text in (f"方向名称：{match['title']}", body):
            result.append(replace(line, text=text, norm=normalise(text), continued=False))
    return result


def _cards(lines: list[Line]) -> list[Line]:
    result: list[Line] = []
    for line in lines:
        text = line.text.strip()
        before = result[-1] if result else None
        if before is not None and ((re.match(r"^[|｜]", text) and _card(before) is not None) or (
                line.continued and _CARD_START.match(before.text.strip())
                and re.search(r"[|｜\t]", before.text))):
            # a card wrapped onto the next line (at a bar, or anywhere at the page width)
            joined = before.text.rstrip() + ("" if line.continued else " ") + text
            result[-1] = replace(result[-1], text=joined, norm=normalise(joined), table=False)
            continue
        result.append(line)
    out: list[Line] = []
    for line in result:
        card = _card(line) if ("|" in line.text or "｜" in line.text or line.table) else None
        out += [replace(line, text=t, norm=normalise(t), table=False, continued=False)
                for t in card] if card else [line]  # (a card is a line of its own, never a wrap)
    return out


def _cells_on_lines(lines: list[Line]) -> list[Line]:
    """A Word table of label rows saved one cell per line (项目名称 ⏎ …标题 ⏎ 方向代码 ⏎ ZMD26ZD01 ⏎
    支持强度 ⏎ 不超过100万元 ⏎ …): each label and the value below it are one labelled line, on
    the value's line (the title's line is the direction's). Only where a run of three such
    pairs shows the layout."""
    def label(line: Line) -> bool:  # (not a heading the writer marked as one: ## 支持方向)
        text = line.norm.strip()
        return not line.table and not line.heading_depth and 2 <= len(text) <= 8 \
            and re.fullmatch(r"[\u4e00-\u9fff]+", text) \
            is not None and (bool(_TITLE_CELL.match(text) or _CODE_COLUMN.search(text))
                             or _is_column_name(text))

    pairs: list[int] = []  # the indices of labels whose value is the next line
    index = 0
    while index + 1 < len(lines):
        if label(lines[index]) and not label(lines[index + 1]) and not lines[index + 1].table \
                and classify(lines[index + 1]) is None:
            pairs.append(index)
            index += 2
        else:
            index += 1
    runs: set[int] = set()
    for start in range(len(pairs)):
        end = start
        while end + 1 < len(pairs) and pairs[end + 1] == pairs[end] + 2:
            end += 1
        if end - start >= 2:
            runs.update(pairs[start:end + 1])
    if not runs:
        return lines
    result: list[Line] = []
    index = 0
    while index < len(lines):
        if index in runs:  # the label, and its value's line with both on it
            value = lines[index + 1]
            text = f"{lines[index].text.strip()}：{value.text.strip()}"
            result.append(replace(value, text=text, norm=normalise(text)))
        else:
            result.append(lines[index])
        index += 2 if index in runs else 1
    return result


def _join_multiline_rows(lines: list[Line]) -> list[Line]:
    """A table row whose cell held line breaks (Word saved as text): the row line has fewer
    cells than its header, and the lines after it carry the cell on until the cells add up."""
    result: list[Line] = []
    width = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.table:
            width = 0 if not result or not result[-1].table else width
            result.append(line)
            index += 1
            continue
        cells = line.text.count("\t") + 1
        if not width:
            width = cells  # the header: the first row after text
        # (a row short of cells followed by a whole row only lost its empty last cells)
        if cells < width and index + 1 < len(lines) \
                and lines[index + 1].text.count("\t") + 1 < width:
            text, end = line.text, index + 1
            while end < min(len(lines), index + 6) and text.count("\t") + 1 < width:
                text += lines[end].text
                end += 1
            if text.count("\t") + 1 == width and end > index + 1:
                result.append(replace(line, text=text, norm=normalise(text), table=True))
                index = end
                continue
        result.append(line)
        index += 1
    return result


# 表1  重点研发项目（归口科室：…）: a caption naming what the table below holds
_CAPTION_LEAD = re.compile(r"^\s*(?:附\s*)?表\s*\d{1,2}(?![\d.])\s*[:：.、]?\s*")


def _terms_rows_under_titles(lines: list[Line]) -> list[Line]:
    """支持方式 | 资助额度 | 实施期限 ⏎ 方向1：…（code） ⏎ 事前资助 | 50～80万元 | 2年 ⏎ 方向2：… —
    a header of terms over blocks of a title line and a row of cells: each row is its title's
    terms, said as labelled lines (— is nothing said); the header is no row, and a caption
    above it (表1  重点研发项目（归口科室：…）) names the group those directions stand in."""
    result: list[Line] = []
    header: list[str] | None = None
    for index, line in enumerate(lines):
        cells = table_cells(line) if line.table else []
        after = lines[index + 1: index + 3]
        if cells and is_terms_header(cells) and len(after) == 2 and not after[0].table \
                and classify_text(after[0].text) is not None \
                and after[1].table and len(table_cells(after[1])) == len(cells) \
                and not any(names_field(cell) for cell in table_cells(after[1])):
            header = cells
            for back in (1, 2):  # (a rule sentence may stand between caption and header)
                above = result[-back] if len(result) >= back else None
                named = _CAPTION_LEAD.match(above.text) if above and not above.table else None
                if above is not None and named is not None:
                    # said as the class heading it is: 项目类别1：重点研发项目（归口科室：…）
                    found = re.search(r"\d{1,2}", named.group(0))
                    number = found.group(0) if found else ""
                    text = f"项目类别{number}：{above.text[named.end():]}"
                    result[-back] = replace(above, text=text, norm=normalise(text))
                    break
            continue
        if header is not None and cells and len(cells) == len(header) and result \
                and not result[-1].table and classify_text(result[-1].text) is not None:
            for name, cell in zip(header, cells, strict=True):
                if cell.strip(" —-－/"):
                    text = f"{column_label(name)[0]}：{cell.strip()}"
                    result.append(Line(line.number, text, normalise(text)))
            continue
        if cells:
            header = None
        result.append(line)
    return result


# 资助额度（万元）：100～200: a label naming the unit of the bare numbers after it
_UNIT_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,10})\s*[(（](?P<unit>万元|元|亿元|年|个月)"
                         r"(?:/[^()（）]*)?[)）]\s*[:：]\s*(?P<value>.*)$")
_FLOAT_NOISE = re.compile(r"(?<![\d.])(\d+\.\d*?)(0{6,}\d{1,3}|9{6,}\d{1,3})(?![\d.])")
# 7/1/2024至6/30/2026: a month-first date a merge field printed
_US_DATE = re.compile(r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
                      r"/(?P<y>(?:19|20)\d{2})(?![\d/])")


_NESTED_LABEL = re.compile(r"^(?P<outer>[\u4e00-\u9fff]{2,8})[:：]\s*"
                           r"(?P<inner>[\u4e00-\u9fff]{2,8})[:：]")


def _merged_fields(lines: list[Line]) -> list[Line]:
    """A merge field's label with its unit (资助额度（万元）：100～200 → 资助额度：100～200万元), a
    spreadsheet's float noise (70.00000000000001 → 70) and a month-first date (7/1/2024 →
    2024年7月1日), as the value reads."""
    result = []
    for line in lines:
        text = line.text
        if "/" in text and _US_DATE.search(text):
            text = _US_DATE.sub(lambda m: f"{m['y']}年{int(m['m'])}月{int(m['d'])}日", text)
        if _FLOAT_NOISE.search(text):
            text = _FLOAT_NOISE.sub(lambda m: str(round(float(m[0]), 4)).removesuffix(".0"), text)
        inner = _NESTED_LABEL.match(text) if "：" in text[3:] else None
        if inner is not None and label_key(inner["outer"]) in ("requirements", "notes") \
                and label_key(inner["inner"]) in ("mode", "funding"):
            text = text[inner.start("inner"):]  # 申报要求：支持方式：以奖代补。: the inner label's
        labelled = _UNIT_LABEL.match(text) if not line.table else None
        if labelled is not None and labelled["value"].strip():
            text = f"{labelled['label']}：{with_unit(labelled['value'], labelled['unit'])}"
        result.append(line if text == line.text else replace(line, text=text, norm=normalise(text)))
    return result


# 　　重点研发计划。本计划由高新技术科归口管理，…: a plan named at the head of its paragraph
_RUN_IN_PLAN = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff（）()]{2,16}?(?:计划|专项|专题|项目|类))"
                          r"[。.]\s*(?P<body>本(?:计划|专项|专题|类|项目).*)$")


# 【温馨提示】 / 【政策速览】 ⏎ 2022年度，全市共立项…: a text box set among the directions
ASIDE = re.compile(r"^\s*[【\[［]\s*(?:温馨提示|政策速览|小贴士|延伸阅读|相关链接|知识链接|小知识"
                   r"|友情提示|特别提醒|相关阅读)\s*[】\]］]\s*$")
ASIDE_LINES = 3
# 【别讲错】 / 【常见误区】…: a talk's paragraph on what not to say, its figures the wrong ones
WRONG_SAID = re.compile(r"^\s*[【\[［]\s*(?:别讲错|不要讲|勿讲|错误(?:说法|口径|表述)|常见误区"
                        r"|纠正误区)\s*[】\]］]")


def _without_asides(lines: list[Line]) -> list[Line]:
    """Lines without the text boxes (【温馨提示】 and the few lines after it up to the next
    heading or label): what a box says is no direction's, nor its plan's."""
    if not any("【" in line.text or "[" in line.text for line in lines):
        return lines
    result: list[Line] = []
    left = 0
    for line in lines:
        if WRONG_SAID.match(line.text):
            continue  # (【别讲错】去年此项最高支持150万元…: figures said only to be avoided)
        if ASIDE.match(line.text):
            left = ASIDE_LINES
            continue
        if left and line.text.strip() and classify(line) is None and read_label(line) is None:
            left -= 1
            continue
        left = 0
        result.append(line)
    return result


# 资助额度：每项不超过30万元。【更正：资助额度调整为每项不超过40万元。】 / …不超过50万元【更正：
# 每项资助30万～50万元】: a revision printed in place, after what it replaces
_CORRECTION = re.compile(r"[【\[［]\s*(?:更正|修正|勘误|修改为)\s*[:：]\s*"
                         r"(?P<new>[^】\]］]+?)\s*[。.]?\s*[】\]］]")
_LABEL_LEAD = re.compile(r"^(?P<lead>\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?"
                         r"[\u4e00-\u9fff]{2,8}[:：])")


def _corrected(lines: list[Line]) -> list[Line]:
    """Lines as revised: each correction in brackets (【更正：…】) takes the place of the clause
    right before it (its line's label kept), 调整为 read as 为."""
    if not any("更正" in line.text or "勘误" in line.text or "修正" in line.text
               for line in lines):
        return lines
    result = []
    for line in lines:
        text = line.text
        while (found := _CORRECTION.search(text)) is not None:
            before = text[:found.start()].rstrip()
            cut = max(before.rstrip("。；;，,").rfind(mark) for mark in "。；;，,") + 1
            lead = _LABEL_LEAD.match(before)
            if lead is not None and cut <= lead.end():
                cut = lead.end()  # (资助额度：… the whole value replaced, the label kept)
            new = re.sub(r"调整为|修改为|更正为|变更为", "为", found["new"])
            text = before[:cut] + new + "。" + text[found.end():]
        if text != line.text:
            line = replace(line, text=text, norm=normalise(text))
        result.append(line)
    return result


# 【上游·核心材料与关键元器件】 (本环节项目每项资助…): a tag naming a part of a group, two names
# joined by a middle dot
STAGE_TAG = re.compile(r"[【\[［][\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff、]{2,20}[】\]］]")
# 【左栏·小贴士】 / 【右栏·工会活动预告】: a blackboard's or a page's zone, what is chalked there
LAYOUT_ZONE = re.compile(r"^(?:[左右中上下]|通)栏(?:[·・:：\s]|$)|^(?:报头|版头|刊头|插图|落款)")


def _stage_tags(lines: list[Line]) -> list[Line]:
    """【上游·核心材料与关键元器件】本环节项目每项资助50～80万元…: the tag a heading of its own,
    what follows it that part's text."""
    if not any("·" in line.text or "•" in line.text or "・" in line.text for line in lines):
        return lines
    result: list[Line] = []
    for line in lines:
        tag = STAGE_TAG.match(line.text.strip())
        rest = line.text.strip()[tag.end():].strip() if tag else ""
        if tag is None or not rest.startswith("本"):  # (…】本环节项目…: its terms follow)
            result.append(line)
            continue
        result.append(replace(line, text=tag.group(0), norm=normalise(tag.group(0))))
        result.append(replace(line, text=rest, norm=normalise(rest), continued=False))
    return result


# 第2条　资助额度：每项20万元至40万元。: a general clause, numbered, named by its label
_NUMBERED_CLAUSE = re.compile(r"^\s*第\s*(?P<n>\d{1,2})\s*条[\s\u3000]*"
                              r"(?P<label>[\u4e00-\u9fff]{2,6})\s*[:：]")
# 第2条调整为每项30万元至50万元 / 不适用第5条、第7条 / 执行第1—7条
_CLAUSE_CHANGED = re.compile(r"第\s*(?P<n>\d{1,2})\s*条\s*(?:调整为|改为|变更为|修改为)")
_CLAUSES_SPARED = re.compile(r"不适用(?P<refs>第\s*\d{1,2}\s*条"
                             r"(?:\s*[、,，和及]\s*第\s*\d{1,2}\s*条)*)")
MIN_CLAUSES = 3


def _clauses_by_number(lines: list[Line]) -> list[Line]:
    """Directions that adjust general clauses by number (条款适用：第2条调整为每项30万元至50万元；
    不适用第7条；其余执行通用条款) say what they change by the clauses' labels (资助额度为每项
    30万元至50万元；不适用研发投入要求), so their terms read as their own."""
    labels = {int(m["n"]): m["label"] for line in lines
              if (m := _NUMBERED_CLAUSE.match(line.norm)) is not None}
    if len(labels) < MIN_CLAUSES:
        return lines

    def changed(match: re.Match[str]) -> str:
        label = labels.get(int(match["n"]))
        return f"{label}为" if label else match.group(0)

    def spared(match: re.Match[str]) -> str:
        named = [labels.get(int(n)) for n in re.findall(r"\d{1,2}", match["refs"])]
        return "不适用" + "、".join(
            label if re.search(r"(?:要求|条件|标准)$", label) else f"{label}要求"
            for label in named if label) if all(named) else match.group(0)

    result = []
    for line in lines:
        clause = _NUMBERED_CLAUSE.match(line.norm)
        if clause is not None:  # (第1条　支持方式：前资助。 as the labelled item it is)
            text = re.sub(r"^\s*第\s*\d{1,2}\s*条[\s\u3000]*", f"（{clause['n']}）", line.text)
            line = replace(line, text=text, norm=normalise(text))
        elif "条" in line.text and (_CLAUSE_CHANGED.search(line.text)
                                    or _CLAUSES_SPARED.search(line.text)):
            text = _CLAUSES_SPARED.sub(spared, _CLAUSE_CHANGED.sub(changed, line.text))
            line = replace(line, text=text, norm=normalise(text))
        result.append(line)
    return result


# 1号榜单：寒地水稻…装置研制 — the number said before the keyword (榜单1：… as read)
# (第一专项　盐湖资源…（前资助；…）: the ordinal before the keyword; 第一评审组　…, a group)
# (1号榜　高性能…工艺: 号榜 and a full-width space)
# (对。第一个方向，…: a guest's answer, a nod before it)
_ORDINAL_KEYWORD = re.compile(r"^\s*(?:(?:对|好的?|嗯|是的|没错)[。，,！!]\s*)?"
                              r"(?:(?P<num>\d{1,2})\s*号\s*(?P<kw>榜单|榜|课题|方向|专题)"
                              r"\s*(?P<sep>[:：\u3000]|(?<=榜)\s+)"
                              # (【第一板块】研发攻关类: the ordinal in a 公众号's brackets)
                              r"|(?P<box>[【\[])?\s*第\s*(?P<cnum>[一二三四五六七八九十]{1,3}"
                              r"|\d{1,2}(?=\s*包))\s*"
                              # (第一个方向，是“…”。: a broadcast's direction, its title quoted)
                              r"(?:个(?=\s*方向[，,]\s*(?:是|叫)?\s*[“\"]))?"
                              # (第一种，是“新认定…补助”。: a kind of award said aloud)
                              r"(?:(?P<kind>种)(?=[，,]\s*(?:是|叫)?\s*[“\"]))?"
                              # (第一项，新认定…奖励。…: an item said with a pause after it)
                              r"(?P<ckw>(?(kind)|(?:专项|专题|领域|方向|课题|榜单|板块|包|评审组"
                              r"|项(?=\s*[:：，,]))))"
                              r"(?(box)\s*[】\]]\s*(?P<bsep>)"
                              r"|(?P<csep>[:：\u3000]|(?<=项|向|种)[，,]|\s+)))")
# 是“稻虾综合种养尾水生态处理技术集成示范”。: the title a broadcast says after the ordinal
_SPOKEN_TITLE = re.compile(r"^\s*(?:是|就是|叫)?\s*[“\"「](?P<title>[^”\"」]{2,40})[”\"」]"
                           r"\s*[。.]?\s*$")


# 第一个专项是重点产业技术攻关专项，由县科技局高新技术科负责受理。…: a plan said aloud, its
# name then what it states
_SPOKEN_PLAN = re.compile(r"^\s*第(?P<num>[一二三四五六七八九十]{1,2})个(?P<kw>专项|计划)是"
                          r"(?P<title>[^，,。；;“”]{2,30}?(?:专项|计划))[，,。]\s*(?P<body>.*)$")


# 第一大类，县级重点研发计划，由科技管理股归口。 / 方向一，尤溪金柑…加工，申报代码是YX24-01。 /
# 奖补一，高新技术企业认定奖励。: a voice-over's class, direction and award, a pause after each
# number and after the name, the code said after it
_SPOKEN_KEYWORD = re.compile(
    r"^\s*(?:第(?P<cnum>[一二三四五六七八九十]{1,2})大类|(?P<kw>方向|专题|课题|榜单|奖补|事项)"
    r"(?P<num>[一二三四五六七八九十]{1,3}))[，,]\s*(?P<title>[^，,。；;“”：:]{2,40}?)\s*"
    r"(?:[，,]\s*(?:申报|指南)?(?:代码|编号)(?:是|为)?\s*(?P<code>[A-Za-z][A-Za-z0-9\-]{2,20})"
    r"\s*[。.]?|[，,。])\s*(?P<body>.*)$")


def _spoken_keyword(match: re.Match[str]) -> str:
    """类别一：县级重点研发计划。由…归口。 / 方向一：…（代码：YX24-01） / 事项一：…: as
    written."""
    kw, num = ("类别", match["cnum"]) if match["cnum"] else (
        "事项" if match["kw"] == "奖补" else match["kw"], match["num"])
    code = f"（代码：{match['code']}）" if match["code"] else ""
    return f"{kw}{num}：{match['title']}{code}" + (f"。{match['body']}" if match["body"] else "")


def _ordinal_keywords(lines: list[Line]) -> list[Line]:
    """1号榜单：… 2号榜单：… read as the keyword headings they are (榜单1：…), where two or
    more lines open so."""
    if sum(1 for line in lines if _ORDINAL_KEYWORD.match(line.text)
           or _SPOKEN_PLAN.match(line.text) or _SPOKEN_KEYWORD.match(line.text)) < 2:
        return lines
    result = []
    for line in lines:
        match = _ORDINAL_KEYWORD.match(line.text)
        if match is None and (said := _SPOKEN_KEYWORD.match(line.text)) is not None:
            text = _spoken_keyword(said)
            result.append(replace(line, text=text, norm=normalise(text)))
            continue
        spoken_plan = _SPOKEN_PLAN.match(line.text) if match is None else None
        if spoken_plan is not None:  # (专项一：重点产业技术攻关专项。由…: as written)
            text = f"{spoken_plan['kw']}{spoken_plan['num']}：{spoken_plan['title']}。" \
                f"{spoken_plan['body']}"
            line = replace(line, text=text, norm=normalise(text))
        if match is not None:
            kw, num, sep = (match["kw"], match["num"], match["sep"]) if match["kw"] else (
                match["ckw"], match["cnum"], match["csep"] if match["csep"] is not None else "：")
            kw, sep = ("榜单", "：") if kw == "榜" else (kw, "：" if sep in "，," else sep)
            kw = "事项" if kw in ("项", "") else kw  # (第一项：技术合同交易奖补, a speech's award
            # items; 第一种，是“…”: one kind of award)
            # (第一评审组　重点研发计划（工业领域）　归口：…: a 评审细则's group of directions)
            kw = "专题" if kw == "评审组" else kw
            rest = line.text[match.end():]
            spoken = _SPOKEN_TITLE.match(rest) if sep == "：" else None
            text = f"{kw}{num}{sep}{spoken['title'] if spoken else rest}"
            line = replace(line, text=text, norm=normalise(text))
        result.append(line)
    return result


# 指南一　磷石膏综合利用…（编号：WX21GX01） ⏎ … ⏎ 指南二　…: a word of the bureau's own before
# each direction's number (a word no list of keywords can know ahead), learned from the document
_WORD_NUMBERED = re.compile(r"^\s*(?P<kw>[\u4e00-\u9fff]{1,5}?)"
                            # (卡组A　重点研发计划…: a capital letter for the number)
                            # (审查单元A-01｜…: a letter for the group, then the item's number)
                            r"(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2}(?:-\d{1,2})?|[A-H](?=[\s\u3000])"
                            r"|[A-H]-?\d{1,2}(?![\d-]))"
                            # (推送事项1｜无人机整机…: a bar after the number)
                            r"(?P<sep>[\s\u3000]+|\s*[:：｜|]\s*)(?P<rest>[\u4e00-\u9fff“《].+)$")
# words before a number that head no direction: tables, figures, notes, questions, steps …
_NOT_KEYWORDS = re.compile(r"^(?:表|图|注|第|其|附|附件|附表|附图|附页|附录|问|答|问题|步骤|阶段"
                           r"|序号|编号|代码|例|案例|示例|电话|地址|联系人|条|款|年|月|日|期|类|级|档|批|号"
                           # (议题一：…: a meeting's agenda items, no directions)
                           r"|次|轮|议题|议程"
                           # (文献1　…指南（摘录）: a library's pushed item, the guideline in it)
                           r"|文献|资料|样本"
                           r"|至|到|和|及)$")


def _run_number(num: str) -> tuple[int, ...]:
    """2 → (2,), 1-2 → (1, 2), 卡组A → (1,) (as _number reads a letter), A-01 → (1, 1)."""
    if num[0] in "ABCDEFGH" and len(num) > 1:
        return "ABCDEFGH".index(num[0]) + 1, int(num[1:].lstrip("-"))
    if "-" in num:
        return tuple(int(n) for n in num.split("-"))
    return (_number(num) or (0,))[:1]


# 方向编号：ZZ2025-GY-01｜煤层气…技术: a barred card's code, then its title
_CODE_THEN_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:编号|代码|编码)\s*[:：]\s*"
                              r"(?P<code>[0-9A-Za-z][0-9A-Za-z\-]{3,19})\s*[｜|]\s*(?P<title>\S.*)$")


def _next_in_run(before: tuple[int, ...], number: tuple[int, ...]) -> bool:
    """2 after 1; 1-2 after 1-1, 2-1 after 1-2: the next number of a run."""
    if len(before) != len(number):
        return False
    if number[:-1] == before[:-1]:
        return number[-1] == before[-1] + 1
    return number[-1] == 1 and number[:-1] > before[:-1]


def _learned_keywords(lines: list[Line]) -> list[Line]:
    """指南一　… 指南二　… 指南三　…: a word no rule knows, set before numbers that run 1, 2,
    3 … at the head of title-like lines, read as the direction keyword it is (方向一　…)."""
    runs: dict[str, list[tuple[int, ...]]] = {}
    for line in lines:
        match = None if line.table else _WORD_NUMBERED.match(line.text)
        if match is None or match["kw"] in KEYWORDS or _NOT_KEYWORDS.match(match["kw"]) \
                or classify_text(line.text) is not None or not _titled(match["rest"]):
            continue  # (一级方向1：… and every other form a rule reads stays so)
        runs.setdefault(match["kw"], []).append(_run_number(match["num"]))
    # (a run from 1, each next number one more: not 年度一 … once, not 2024 … counted; 链上方向
    # 1-1, 1-2, 2-1 …: the last number runs from 1 within each first)
    learned = {kw for kw, numbers in runs.items() if len(numbers) >= 2 and numbers[0][-1] == 1
               and (len(numbers[0]) > 1 or numbers[0] == (1,))
               and all(_next_in_run(a, b) for a, b in pairwise(numbers))}
    if not learned:
        return lines
    heads = {kw: [at for at, line in enumerate(lines) if not line.table
                  and (m := _WORD_NUMBERED.match(line.text)) is not None and m["kw"] == kw]
             for kw in learned}
    result = []
    for line in lines:
        match = None if line.table else _WORD_NUMBERED.match(line.text)
        if match is not None and match["kw"] in learned and _titled(match["rest"]) \
                and classify_text(line.text) is None:
            # (发榜单位一：…公司 ⏎ 所在地：… ⏎ 1．…需求 ⏎ 需求描述：…: a group of the numbered
            # directions under it)
            word = "单元" if _heads_numbered(lines, heads[match["kw"]]) \
                or _heads_coded(lines, heads[match["kw"]]) \
                or _heads_learned(heads, match["kw"]) else "方向"
            num = match["num"]
            if num[0] in "ABCDEFGH":  # (卡组A: 单元一; 审查单元A-01: 方向1-1)
                num = CN["ABCDEFGH".index(num)] if len(num) == 1 \
                    else "-".join(str(n) for n in _run_number(num))
            text = f"{word}{num}{match['sep']}{match['rest']}"
            coded = _CODE_THEN_TITLE.match(match["rest"])
            if coded is not None:  # (方向编号：ZZ2025-GY-01｜煤层气…: the code before the title,
                # said after the number as a keyword's code is, the title free to run on)
                text = f"{word}{num}（{coded['code']}）{match['sep']}{coded['title']}"
            # (a heading starts its own line, whatever the page width seemed to carry on)
            line = replace(line, text=text, norm=normalise(text), continued=False)
        result.append(line)
    return result


def _heads_numbered(lines: list[Line], heads: list[int]) -> bool:
    """Whether the headings a learned word numbers (but the last, whose end is unknown) head
    directions numbered in a style of their own, with fields under them (one at least; the
    others no directions), and none has fields of its own."""
    holding = 0
    for at, end in pairwise(heads):
        fields = [(label := read_label(line)) is not None and label.key not in (None, OWN)
                  for line in lines[at + 1:end]]
        first = next((k for k, line in enumerate(lines[at + 1:end]) if not line.table
                      and classify_text(line.text) is not None), None)
        if any(fields[:first]):  # (its own terms, labelled: a direction, not their group)
            return False
        # (提示一　今年设哪几类, 提示六　申报时间和方式 ⏎ 1．…: a heading of the text's own, no
        # directions under it)
        if first is not None and any(fields[first:]):
            holding += 1
    return len(heads) >= 2 and holding >= 1


def _titled(rest: str) -> bool:
    """A title, or one a short word of the text's own introduces (环节三　新授：农业科技攻关类: a
    lesson's step, what kind of step it is before its title)."""
    said = re.match(r"^[\u4e00-\u9fff]{1,4}[:：](?P<title>[^:：]{2,40})$", rest)
    return title_like(rest) or (said is not None and title_like(said["title"]))


def _heads_learned(heads: dict[str, list[int]], kw: str) -> bool:
    """环节三　… ⏎ 知识点3-1　… ⏎ 知识点3-2　… ⏎ 环节四　… ⏎ 知识点4-1　…: a learned word whose
    headings hold the headings another learned word numbers (in two of them at least) — their
    group, not a direction beside them."""
    own = heads[kw]
    others = [at for other, found in heads.items() if other != kw for at in found]
    if not others or min(others) < own[0]:
        return False
    holding = sum(1 for at, end in pairwise([*own, max(others) + 1])
                  if any(at < other < end for other in others))
    return holding >= 2


def _heads_coded(lines: list[Line], heads: list[int]) -> bool:
    """Whether each heading a learned word numbers (but the last) heads headings of their own
    that carry a direction's code (卡组A　重点研发计划 ⏎ 本组统一告知：… ⏎ 【事项卡TX-KJ-A1】…)."""
    return len(heads) >= 2 and all(
        any((heading := classify_text(line.text)) is not None and heading.code
            for line in lines[at + 1:end] if not line.table)
        for at, end in pairwise(heads))


# 5．以上第1至4项为农业科技攻关类项目，由…股归口管理，… / 15．所有项目自筹资金…: an item of a
# numbered list that is a rule for other items, named by their numbers
NUMBERED_RULE = re.compile(
    r"^\s*(?P<number>\d{1,2}\s*[．.、]\s*)"
    r"(?P<ref>(?:以上|以下|上述|前述)?第\s*\d{1,2}(?:\s*(?:至|到|—|–|-|~|～|、|,|，|和|及)\s*\d{1,2})*\s*项"
    r"|(?:以上|上述|所有|全部|各)(?:各)?(?:项目|方向|项))(?P<rest>(?:为|均|须|应|由|采取|自筹|的|，|,).*)$")


def _numbered_rules(lines: list[Line]) -> list[Line]:
    """A rule numbered among the directions (5．以上第1至4项为…类项目，…): its number and the
    items it names a heading of their own (5．以上第1至4项), the rule its text — so the list's
    numbering runs on past it, and the rule reaches the items it names."""
    result: list[Line] = []
    for line in lines:
        match = NUMBERED_RULE.match(line.text) if not line.table else None
        if match is None:
            result.append(line)
            continue
        head = (match["number"] + match["ref"]).strip()
        result.append(replace(line, text=head, norm=normalise(head), continued=False))
        result.append(replace(line, text=match["rest"], norm=normalise(match["rest"]),
                              continued=False))
    return result


# 盆栽花卉种苗组培快繁技术。依托我市盆栽花卉产业，建立…: a direction written as a paragraph
# whose first sentence is its title, set in bold, without a number
# (省级平台奖补：…新获批的…，一次性奖励二十万元。: an award item's name, then a colon)
_RUN_IN_TITLE = re.compile(r"^\s*(?:(?P<title>[^。；;，,：:！？!?\s]{4,30})。"
                           r"|(?P<named>[^。；;，,：:！？!?\s]{2,28}(?:奖补|奖励|补助|贴息))[:：])"
                           r"\s*(?P<body>\S.*)$")
MIN_RUN_IN_BODY = 10  # (on its own line: a page width may leave less, the rest below)
# (关于程序问题。…: a judgment's reasoning, point by point)
_NOT_A_TITLE = re.compile(r"^(?:本|各|凡|该|其|此|如|若|经|请|现|为|对|按|根据|依据|申报|项目|关于"
                          # (a speech: 这个专项由…负责。…)
                          r"|这(?:个|一|里|次|些)|那(?:个|些)|今年|去年|明年|我们|大家"
                          # (支持麻鸡种质…研究。每项…: an answer's first sentence, no title)
                          r"|支持|开展|围绕|针对|面向|推动|推进|加强|加快|聚焦|重点|主要|鼓励|引导"
                          r"|依托|通过|利用|结合|立足|以|在|从|由|将|向|研究|研发|开发|建立|构建"
                          r"|实现|突破|形成|提升|完善|探索|制定|组织|实施|推广)"
                          r"|须|应当?|不得|可以|采取|给予|予以|拟|已|\d{4}年|\d+\s*(?:万元|元|%)"
                          # (乙类项目实行事后补助。… / 补助资金在…拨付。…: what is done, a sentence)
                          r"|实行|拨付"
                          r"|[—–-]")  # 支持标准——后补助。…: a label and its value
RUN_IN_NEAR = 3  # how far apart two such paragraphs may stand to be siblings
LABEL_LENGTH = 6  # (支持方式。… is a label run in; 科技型中小企业研发补助。… a title)


def _run_in_titles(lines: list[Line]) -> list[Line]:
    """Directions written as paragraphs that open with their title and a full stop (two or more
    near one another, none numbered): each title a heading at a direction's depth, its body
    the text under it — as the numbered paragraphs beside them (1．装载机…研发。围绕…) are read."""
    found = [index for index, line in enumerate(lines)
             if not line.table and not line.continued and _run_in_title(line)
             and (index == 0 or _ends_a_paragraph(lines[index - 1]))
             and (len(_run_in_body(line)) >= MIN_RUN_IN_BODY
                  or (index + 1 < len(lines) and lines[index + 1].continued))]
    # (near by paragraphs, not lines: a page width may cut each into many)
    ordinal = list(itertools.accumulate(0 if line.continued else 1 for line in lines))
    near = {index for index in found
            if any(0 < abs(ordinal[index] - ordinal[other]) <= RUN_IN_NEAR for other in found)}
    if not near:
        return lines
    result: list[Line] = []
    for index, line in enumerate(lines):
        match = _RUN_IN_TITLE.match(line.text) if index in near else None
        if match is None:
            result.append(line)
            continue
        title = match["title"] or match["named"]
        result.append(replace(line, text=title, norm=normalise(title), heading_depth=3))
        result.append(replace(line, text=match["body"], norm=normalise(match["body"])))
    return result


def _run_in_body(line: Line) -> str:
    match = _RUN_IN_TITLE.match(line.text)
    return match["body"] if match else ""


def _ends_a_paragraph(line: Line) -> bool:
    """Does the line end what it says (a sentence, a heading), so a new paragraph may follow —
    not a line the page width cut (…开展区企业研发中心 ⏎ 建设。…)?"""
    return line.text.rstrip()[-1:] in "。；;！？!?" \
        or (classify_text(line.text) is not None and "。" not in line.text)


_COPULA = re.compile(r"[\u4e00-\u9fff]是[\u4e00-\u9fff]")


def _run_in_title(line: Line) -> bool:
    match = _RUN_IN_TITLE.match(line.text)
    if match is not None and match["named"]:  # (its colon makes it a label too: a name's)
        return classify_text(line.text) is None and not _NOT_A_TITLE.search(match["named"]) \
            and not _AWARD_SAID.match(match["named"]) \
            and not NOT_A_HEADING.search(match["named"]) and match["named"] not in FIELD_LABELS
    return match is not None and classify_text(line.text) is None \
        and run_in_label(line) is None and not _NOT_A_TITLE.search(match["title"]) \
        and not NOT_A_HEADING.search(match["title"]) and match["title"] not in FIELD_LABELS \
        and not (len(match["title"]) <= LABEL_LENGTH and label_key(match["title"])) \
        and not _COPULA.search(match["title"])  # (黑土地保护是国家战略。…: a sentence said)


# 给予补助： / 一次性奖励： / 资金补助：: how an award is given, no award's name
_AWARD_SAID = re.compile(r"^(?:给予|予以|一次性|最高|按|每[项家户个年]|资金|财政|经费|申请|拟)")


def _run_in_plan_names(lines: list[Line]) -> list[Line]:
    """A paragraph that opens with a plan's name and a full stop, then speaks of 本计划: the
    name is a heading the writer set in bold (a level of its own), the rest its text."""
    if sum(1 for line in lines if _RUN_IN_PLAN.match(line.norm)) < 2:
        return lines
    result: list[Line] = []
    for line in lines:
        named = _RUN_IN_PLAN.match(line.norm) if not line.table else None
        if named is None or classify_text(line.text) is not None:
            result.append(line)
            continue
        result.append(replace(line, text=named["name"], norm=normalise(named["name"]),
                              heading_depth=2, continued=False))
        result.append(replace(line, text=named["body"], norm=normalise(named["body"]),
                              continued=False))
    return result


def _key_value_rows(lines: list[Line]) -> list[Line]:
    """│支持方式│前资助│ — a two-cell row whose first cell names a field and whose second does
    not (a 专项概况 box of label | value) is that field's line: 支持方式：前资助, its value whole
    (no list of the field goes on after it). A 项目 | 内容 header over such rows is no row."""
    result: list[Line] = []
    for line in lines:
        if result and result[-1].cell and _wrapped_on(result[-1], line):
            # (补助标准 | …给予补助，单 ⏎ 个企业最高200,000元。: the value's cell wrapped at the
            # page's width, its rest on the printed line below)
            text = result[-1].text.rstrip() + line.text.strip()
            result[-1] = replace(result[-1], text=text, norm=normalise(text))
            continue
        cells = line.text.split("\t") if line.table else []
        if len(cells) == 2 and all(cell.strip() for cell in cells) \
                and _keyword_cell(cells[0].strip(), cells[1].strip()):
            # 子方向5-1 | 生猪绿色健康养殖… (a direction's own table): its heading
            text = f"{cells[0].strip()}：{cells[1].strip()}"
            line = replace(line, text=text, norm=normalise(text), table=False)
        elif len(cells) == 2 and all(cell.strip() for cell in cells) \
                and _is_column_name(cells[0].strip()) and not names_field(cells[1].strip()):
            text = f"{cells[0].strip()}：{cells[1].strip()}"
            before = result[-1] if result else None
            if before is not None and before.table and _KEY_VALUE_HEADER.fullmatch(
                    re.sub(r"\s", "", normalise(before.text))):
                result[-1] = replace(before, text="", norm="", table=False)
            line = replace(line, text=text, norm=normalise(text), table=False, cell=True)
        result.append(line)
    return [line for line in result if line.text]


def _wrapped_on(row: Line, line: Line) -> bool:
    """Does `line` carry on the value of the label | value row above it, its cell wrapped at the
    page's width (…给予补助，单 ⏎ 个企业最高200,000元。): the value long and cut mid-sentence, the
    line no heading, label, row or new paragraph of its own."""
    value = row.text.split("：", 1)[-1].rstrip()
    if not line.text.strip() or line.table:
        return False
    return (line.continued or (
        len(value) >= MIN_WRAPPED_CELL and bool(re.search(r"[\u4e00-\u9fff，,、]$", value))
        and not line.after_blank and not line.text.startswith(("\u3000", "  "))
        and not _ITEM_OPENS.match(line.text)
        and classify(line) is None and read_label(line) is None))


# （三）、重点研发计划项目… / 2．… / 三、…: a numbered paragraph of its own, whatever its words
_ITEM_OPENS = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]"
                         r"|[一二三四五六七八九十]{1,3}、|\d{1,2}\s*[.．、])")


MIN_WRAPPED_CELL = 25  # (a cell a page's column wide, not 支持方式 | 前资助)


def _keyword_cell(first: str, second: str) -> bool:
    """子方向5-1 | 稻渔综合种养… : a keyword and its number alone in the first cell, the
    title in the second."""
    heading = classify_text(f"{first}：{second}")
    return heading is not None and heading.keyword is not None \
        and heading.rest.strip() == second and bool(heading.number) \
        and first.startswith(heading.keyword)


# 项目 | 内容, 要素 | 说明: the header of a box of label | value rows
_KEY_VALUE_HEADER = re.compile(r"(?:项目|事项|要素|类别|名称|指标|条款)"
                               r"(?:内容|具体内容|说明|要求|标准)")


_UNIT_REST = re.compile(r"^(?:万元|万|元|亿元|项|个月|年)[。；;，,]?$")


def _join_wrapped_rows(lines: list[Line]) -> list[Line]:
    """│        │中期评估后拨付40%）│ under │支持方式│前资助…通过│: a row with nothing in its first
    cell carries on the cells of the row above; so does a short line with no cell at all
    between two rows, when the row above stopped mid-phrase (补助额度\t…最高不 ⏎ 超过25万元 ⏎
    执行期限\t2年)."""
    result: list[Line] = []
    for index, line in enumerate(lines):
        before = result[-1] if result else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        # (…研制海带采收、切割、烘干一体化装备， ⏎ 示范面积不少于500亩…；资助10万元至15万元。:
        # a row cut after a comma, a longer rest too)
        cut_at = before.text.rstrip()[-1:] if before is not None and before.text.strip() else ""
        if before is not None and before.table and not line.table \
                and re.search(r"\d$", before.text.rstrip()) and _UNIT_REST.match(line.norm.strip()):
            # (2 | 省级以上创新平台奖励 | …一次性奖励30 ⏎ 万元: the table's last row, its figure's
            # unit cut onto the next line)
            joined = before.text.rstrip() + line.text.strip()
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        if before is not None and before.table and not line.table and after is not None \
                and after.table and (len(line.norm.strip()) <= 20 or (
                    cut_at in "，,、；;" and len(line.norm.strip()) <= 80)) \
                and re.search(r"[\u4e00-\u9fff\d，,、；;]$", before.text.rstrip()) \
                and len(before.text.rsplit("\t", 1)[-1]) >= 8 \
                and (classify_text(line.text) is None or _item_goes_on(before.text, line.text)) \
                and read_label(line) is None \
                and find_office(line.text) is None \
                and not _BARE_NUMBER.fullmatch(line.text.strip()):  # (（二） over the next box)
            # (社会发展领域（归口科室：社会发展科） between rows: a group row naming its office)
            joined = before.text.rstrip() + line.text.strip()
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        if before is not None and before.table and line.table:
            above, cells = before.text.split("\t"), line.text.split("\t")
            cells += [""] * (len(above) - len(cells))  # (its empty last cells were cut off)
            if len(above) == len(cells) and not cells[0].strip() and above[0].strip() \
                    and not opens_next_item(above, cells):
                # (| | 2.水产品… under | | 1.海参…: the column's next item, a row of its own)
                joined = "\t".join(a + b.strip() for a, b in zip(above, cells, strict=True))
                result[-1] = replace(before, text=joined, norm=normalise(joined))
                continue
        result.append(line)
    return result


_ITEM = re.compile(r"^\s*(?P<open>[(（]?)(?P<n>\d{1,2})(?P<close>[)）.．、])")


def _item_goes_on(row: str, line: str) -> bool:
    """考核指标\t1） …减少15%以上； ⏎ 2） 建立示范片…: the list the row's last cell opens goes
    on (item 2 after item 1 of the same form), no heading."""
    item = _ITEM.match(line)
    if item is None or int(item["n"]) < 2:
        return False
    cell = row.rsplit("\t", 1)[-1]
    before = f"{item['open']}{int(item['n']) - 1}{item['close']}"
    return bool(item["open"] or item["close"] in ")）") and re.search(
        rf"(?:^|[\s；;。]){re.escape(before)}", cell) is not None


CUT_LIST_END = re.compile(r"^(?:以下|如下)[\u4e00-\u9fff]{0,4}[:：]$")  # …重点支持 ⏎ 以下方向：


def _join_wrapped(lines: list[Line]) -> list[Line]:
    """A sentence cut at the page width read as one line again (its first line's number): the
    parts that carry it on are no heading and no label, so nothing but the sentence is lost by
    reading them apart — and rules split over two lines (以上第（一）类…；⏎第（二）类…) are not."""
    result: list[Line] = []
    for index, line in enumerate(lines):
        before = result[-1] if result else None
        after = lines[index + 1] if index + 1 < len(lines) else None
        titled = after is not None and code_and_office(after)[0] is not None \
            and not _CODE_THEN_BODY.match(after.norm)  # a title, coded (not 1．…（code），body)
        if before is not None and line.continued and not before.table and not titled \
                and (read_label(line) is None or CUT_LIST_END.match(line.text)):
            joined = before.text + line.text
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        result.append(line)
    return result


# …示范（MQ2024-NS01），开展…: the rest of a one-sentence item whose code closes its title
_CODE_THEN_BODY = re.compile(r"^[^，,。]{0,40}?[（(][A-Za-z][A-Za-z0-9\-]{3,20}[）)][，,]")


def _join_split_headings(lines: list[Line]) -> list[Line]:
    """A heading whose title runs onto the next line, which ends with its code (3．面向新型显示
    与智能终端的电子元器件 / 关键材料与工艺研发（项目编号：JJ2025GY03））: one heading."""
    result: list[Line] = []
    for line in lines:
        before = result[-1] if result else None
        if before is not None and (line.title_tail or _title_runs_on(before, line)):
            joined = before.text + line.text
            result[-1] = replace(before, text=joined, norm=normalise(joined))
            continue
        result.append(line)
    return result


def _title_runs_on(before: Line, line: Line) -> bool:
    if before.table or line.table or len(line.text) > 50 or find_code(before.text):
        return False
    code = CODE.search(line.norm)
    # (2-B　…智能装备研制 ⏎ 及在规模化…中的集成示范与推广应用（…）: the title's second half, joined
    # by 及, with no sentence in it)
    joined = code is None and _JOINED_TAIL.match(line.norm) is not None \
        and line.norm.rstrip().endswith((")", "）")) \
        and not any(mark in line.norm for mark in (*TERMINAL, "，", ","))  # (closed: its end)
    if not joined and (code is None or line.norm[code.end():].strip(" 。.")
                       or any(mark in line.norm[: code.start()] for mark in TERMINAL)):
        return False
    heading = classify_text(before.text)
    # (五、产学研合作专项 ⏎ 产学研合作项目（编号…）: a plan's name is whole, the line its direction)
    # (方向3：…在海工装备中的 ⏎ 应用（指南代码：…）: the colon after its keyword ends nothing)
    return heading is not None and not any(mark in normalise(heading.rest) for mark in TERMINAL) \
        and not PLAN_WORDS.search(heading_title(heading.rest)) \
        and classify_text(line.text) is None and read_label(line) is None


_JOINED_TAIL = re.compile(r"^\s*(?:及其|以及|及|暨)(?=[\u4e00-\u9fff])")
_OPEN, _CLOSE = "（(【[〔", "）)】]〕"


def _closes_bracket(before: str, line: str) -> bool:
    """A line cut inside a bracket (a heading's code or office wrapped at the page width): the
    next line closes it within its first few characters."""
    if "\t" in before or "\t" in line:
        return False
    tail = before[-25:]
    opened = max(tail.rfind(ch) for ch in _OPEN)
    if opened < 0 or any(ch in tail[opened:] for ch in _CLOSE):
        return False
    depth = 1  # …（承担单位： ⏎ 电子科技大学长三角研究院（衢州））: brackets inside it too
    for ch in line[:25]:
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth == 0:
            return True
    return False


# A sentence cut mid-way: a word, a comma or a range's dash at the end (每项资助30～ ⏎ 50万元;
# not 。, a bracket or a rule ------)
# (…对经省级认定的首台（套） ⏎ 重大技术装备…: a measure word's bracket inside a term, cut after)
# (Subject : 通函 CIRCULAR NO. XH- ⏎ TH-2025-014 县科技计划…: a code cut at its hyphen)
_MID_CODE = re.compile(r"[A-Za-z0-9]-$")
WRAPPED_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%，,、“‘《（(]$|(?<=\d)[～~—－]$"
                         r"|(?<=[A-Za-z0-9])-$"
                         r"|(?<=[\u4e00-\u9fff])[（(][套件台个][)）]$")


# numbers no sentence carries on with: a letter and digits, or two numbers, then a space
_SPACED_NUMBER = re.compile(r"^(?:[A-H]\d{1,2}|\d{1,2}-\d{1,2}|No\.?\s*\d{1,3})[ \u3000]+\S")


# Set while reading lines a reader of keyed data gave (a database dump's values, a YAML file's):
# each is a value whole, never a piece of a sentence the page width cut
WHOLE_LINES: ContextVar[bool] = ContextVar("WHOLE_LINES", default=False)


def _page_width(lengths: list[int]) -> float:
    """How long a line cut at the page width is: nine tenths of the longest lines' length
    (the 90th percentile, so a few over-long ones do not set it), and no less than 20."""
    if not lengths:
        return 20
    ordered = sorted(lengths)
    return max(ordered[int(len(ordered) * 0.9) - 1] * 0.9, 20)


def _indent_outline(raw_lines: list[str]) -> list[int]:
    """An outline shown only by indentation (Word's numbering lost on export: 　　重点研发计划 ⏎
    　　　　农畜产品精深加工 ⏎ 　　　　　　乳制品功能性配料开发 ⏎ 　　　　　　　　支持…。): each
    indented title's depth among the title indents (1 for the shallowest), 0 for every other
    line — and for every line of a document whose headings are numbered or that is not
    indented in steps."""
    def indent(raw: str) -> int:
        lead = raw[:len(raw) - len(raw.lstrip(" \u3000\t"))]
        return lead.count("\u3000") * 2 + lead.count(" ") + lead.count("\t") * 4

    titles: dict[int, int] = {}
    numbered = 0
    # a piece of a sentence cut at the page width is as long as the longest lines: no title
    full = _page_width([len(raw.rstrip()) for raw in raw_lines if raw.strip()])
    for index, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text or "\t" in text or "|" in text:
            continue
        if classify_text(text) is not None:
            numbered += 1
            if numbered > 2:
                return [0] * len(raw_lines)
            continue
        width = indent(raw)
        if width and len(text) <= 40 and text[-1] not in TERMINAL + "。" \
                and len(raw.rstrip()) < full \
                and not PAGE_NUMBER.match(normalise(text)):
            titles[index] = width
    widths = sorted(set(titles.values()))
    if len(titles) < 6 or len(widths) < 2:
        return [0] * len(raw_lines)
    depth = {width: rank for rank, width in enumerate(widths, start=1)}
    return [depth[titles[i]] if i in titles else 0 for i in range(len(raw_lines))]


# …年度社会发展与乡村振兴科技专项申报指南: a document's title, whole on its line
DOCUMENT_TITLE_END = re.compile(r"(?:申报)?(?:指南|通知|办法|细则|公告|方案)\s*[)）]?$")


def _first_row_indent(raw: str) -> float:
    """A paragraph's first-row indent, in characters (two at most: 　　 or four spaces), which a
    row cut at the page width fills as its text would."""
    lead = raw[:len(raw) - len(raw.lstrip(" \u3000"))]
    return min(lead.count("\u3000") + lead.count(" ") / 2, 2)


# 责任科室：农村科技科　联系电话：0311-86690163: label-value pairs set apart by wide spaces, a
# record line of its own (a sentence the page width cut has no such gaps). The gap is taken whole
# (possessive): a run of spaces tried every way would take minutes on a long line
_SPACED_PAIRS = re.compile(r"[:：][^\s:：]+?(?:[\u3000\t]|\s\s)\s*+[\u4e00-\u9fff]{2,8}[:：]")


MIN_PRINTED_WIDTH = 25
MIN_CUT_SHARE = 0.25


def _cut_width(raw_lines: list[str]) -> float:
    """The width a converter cut every long line at, where a quarter or more of the lines run
    to exactly one length (0 where none does: a text whose lines end where its sentences do)."""
    lengths = Counter(len(raw.strip()) for raw in raw_lines if raw.strip())
    if not lengths:
        return 0
    width, count = max(((n, c) for n, c in lengths.items() if n >= MIN_PRINTED_WIDTH),
                       key=lambda item: item[1], default=(0, 0))
    return width if count >= MIN_CUT_SHARE * sum(lengths.values()) else 0


def _mark_wraps(lines: list[Line], raw_lines: list[str], printed: float) -> None:
    """Mark the lines that carry on a hard-wrapped sentence (PDF text cut at the page width): the
    line before is as long as the document's longest lines (its first-row indent counted, when
    no heading follows), is no heading, and ends neither a sentence nor a bracket. Such a line
    is never a heading, whatever it starts with (…转化 / 专项四类。各专项… is not 专项四)."""
    widths = [len(line.text) for line in lines if not line.table]
    if len(widths) < 8:
        return
    # (`printed`: the page's width as the file's lines gave it — a heading joined to its code's
    # wrapped tail is longer than any printed line)
    full = _page_width(widths)
    if MIN_PRINTED_WIDTH <= printed < full:  # (not a phone card's narrow lines, every one short)
        full = printed
    # an empty line ends a paragraph, unless the text puts one after every line
    blanks_end = sum(line.after_blank for line in lines) < len(lines) / 2
    last: dict[str, int] = {}  # the last number each numbering style reached
    for before, line in pairwise(lines):
        seen = classify_text(before.text) if not before.continued else None
        if seen is not None and seen.number:
            last[seen.style] = seen.number[-1]
        if _inline_list_goes_on(before, line):
            line.continued = True
            continue
        width: float = len(before.text)
        indent = _first_row_indent(raw_lines[before.number - 1]) if width < full else 0
        if indent and full <= width + indent and classify_text(line.text) is None:
            width += indent  # (an indent is no reason to take a heading on)
        cut = not before.table and not line.table and width >= full \
            and bool(WRAPPED_END.search(before.text) or _aside_ends(before, line)) \
            and not (blanks_end and line.after_blank and not (
                # (…对经省级认定的首台（套） ⏎ ⏎ 被询问人签名：__ 第 1 页 ⏎ ⏎ 重大技术装备，…:
                # the blank lines around a page's foot, a sentence going on over them)
                line.after_break and classify_text(line.text) is None)) \
            and not line.text.startswith("【") and not _ITEM_MARK.match(line.text) \
            and not DOCUMENT_TITLE_END.search(before.text) \
            and not _SPACED_NUMBER.match(line.norm) \
            and len(_BRACKET_LABELS.findall(before.text)) < 2 \
            and not _SPACED_PAIRS.search(before.text) \
            and (not _coded_heading(line) or _MID_CODE.search(before.text) is not None) \
            and not _numbered_on(line, last) \
            and not _list_after_label(before, line)  # 【研究内容】…【资助额度】…: whole
        if not before.table and re.search(r"(?:以下|如下|下列)$", before.text) \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,6}[:：]", line.text.strip()):
            cut = True  # …主要支持以下 ⏎ 方向：: the sentence goes on, whatever the width
        if cut and ("|" in before.text or "｜" in before.text) and (
                _card(before) is not None or _barred_fields(before.text)):
            cut = False  # 编号：… | 名称：… | …: a card, a record of its own
        # (【方向四】…, A1　油气田…, 1-1 高纯晶硅… open, whatever ends the line above)
        if not cut:
            continue
        heading = classify_text(before.text)
        if heading is None or run_in_label(before) is not None or (
                heading.style == "part:条" and re.search(r"[。！？!?]", before.norm.rstrip()[:-1])):
            line.continued = True  # (第三条　…计划。本计划…: an article's body, cut: it runs on)
        elif not re.search(r"[。；;！？!?]", before.norm) and classify_text(line.text) is None \
                and read_label(line) is None and not CODE_LEAD.match(line.norm) \
                and (len(line.text) < full * 0.8 or "。" in line.text[:30]):
            line.title_tail = True  # ▲ [YX2023ZD01] 磷酸铁锂…绿色制备 / 技术


def _list_after_label(before: Line, line: Line) -> bool:
    """直播主题：…申报指南解读 ⏎ 一、县级重点研发计划…: a label's value, then the first item of a
    numbered list — a heading, not the value cut at the page width."""
    heading = classify_text(line.text)
    return heading is not None and heading.number is not None and heading.number[-1:] == (1,) \
        and read_label(before) is not None


def _aside_ends(before: Line, line: Line) -> bool:
    """…、冠突散囊菌（金花） ⏎ 纯种培养及接种技术…: a sentence's line as wide as the page ending
    in an aside's bracket, the words after it on the next line — no heading, no label there."""
    return re.search(r"[(（][^()（）:：;；]{1,12}[)）]$", before.text.rstrip()) is not None \
        and re.search(r"[，,、]", before.text) is not None and classify_text(before.text) is None \
        and classify_text(line.text) is None and read_label(line) is None \
        and re.match(r"\s*[\u4e00-\u9fff]", line.text) is not None


# 支持方向包括：（1）…；（2）…；（3）… — items listed inside a sentence
_INLINE_ITEM = re.compile(r"(?<=[：:；;，,、。])\s*[（(](?P<n>\d{1,2})[)）]")
_LIST_SEPARATORS = ("；", ";", "，", ",", "、")


def _inline_list_goes_on(before: Line, line: Line) -> bool:
    """…；（2）特色水生蔬菜…；（3）汤池温泉… ⏎ （4）新冠肺炎…。: a list inside a sentence, cut at
    the page width just before its next item — that item carries the sentence on, no heading."""
    if before.table or line.table or not before.text.rstrip().endswith(_LIST_SEPARATORS):
        return False
    opens = re.match(r"\s*[（(](?P<n>\d{1,2})[)）]", line.text)
    inline = [int(m["n"]) for m in _INLINE_ITEM.finditer(before.text) if m.start() > 0]
    return opens is not None and bool(inline) and inline[-1] == int(opens["n"]) - 1


# 二、三部分 / 二、三、四项 / 2、3条: numbers a sentence lists (第二、三部分), no heading's
_LISTED_NUMBERS = re.compile(r"\s*(?:[一二三四五六七八九十]+、[一二三四五六七八九十]+"
                             r"|\d{1,2}、\d{1,2})(?:、|部分|项|条|款|至|和|及)")


def _numbered_on(line: Line, last: dict[str, int]) -> bool:
    """（2）机械装备数字化车间建设 after （1）… and a line as wide as the page: the next number
    of a numbering already under way, a heading of its own (a short title, no sentence) — not
    二、三部分 listing numbers after a cut 见本函第."""
    heading = classify_text(line.text)
    if heading is None or not heading.number:
        return False
    if _LISTED_NUMBERS.match(line.text):  # (…见本函第 ⏎ 二、三部分答复: numbers listed)
        return False
    return last.get(heading.style) == heading.number[-1] - 1 and title_like(heading.rest)


def _coded_heading(line: Line) -> bool:
    """1．工业机器人与智能装备（HGX2401）: a numbered title ending with its code, whole on its
    line — a heading, whatever the line above ended with."""
    text = line.text.strip()
    return text.endswith(("）", ")", "】", "]")) and find_code(text) is not None \
        and classify_text(text) is not None


def _page_numbers(lines: list[str]) -> set[int]:
    """- 3 -, 第3页 共6页, 3/6 always; a bare 3 only when bare numbers count pages up through the
    document (a lone 3 under 拟支持项目数 is a value)."""
    norms = [normalise(text) if text else "" for text in lines]
    found = {i for i, norm in enumerate(norms) if norm and (
        PAGE_NUMBER.match(norm) or ((footed := _FOOTED.match(norm)) is not None
                                    and PAGE_NUMBER.match(footed["page"].strip())))}
    bare = [i for i, norm in enumerate(norms) if BARE_NUMBER.match(norm)]
    values = [int(norms[i]) for i in bare]
    if len(bare) >= 2 and all(b > a for a, b in pairwise(values)):
        found.update(bare)
    return found


# 平潭综合实验区经济发展局　　　　　第 1 页 共 6 页: a page's foot, its issuer beside the number
# (被询问人签名：__________　　第 1 页 共 2 页: a record's foot, the blank signed on each page)
_FOOTED = re.compile(r"^(?:[^。；;：:\d]{2,40}?|[\u4e00-\u9fff]{2,12}[:：]\s*_{3,})"
                     r"(?: {3,}|\t)(?P<page>\S.*)$")


UNTICKED = re.compile(r"[□☐]\s*[^□☐☑☒\s\u3000]+[ \u3000]*")  # (not the tab after it: a cell ends)


# 📌一、 / 🔷专项一 / 🔹1.1 / 重磅📢｜: a 公众号 article's pictographs, marks and no text (not
# ★ ☆ ☑ ☐, which the readers know); 1️⃣ is the item number it shows, read as ❶
# (not ❶➊➀: the dingbat circled digits number headings)
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u2604\u2607-\u260F\u2613-\u2775\u2794-\u27BF"
                    "\u2B00-\u2BFF\u231A-\u23FF\uFE0F\u200D]")
_KEYCAP = re.compile("(\\d)\uFE0F?\u20E3")


# 最高50w / 奖补10w: a social post's w for 万 after a word of money (not 50W of power)
_WAN_LETTER = re.compile(r"(?P<lead>(?:最高|不超过|奖补|补助|资助|奖励|给予|贴息|支持|每家|每项)"
                         r"[^，,。；;\d]{0,4}?)(?P<n>\d+(?:\.\d+)?)\s*[wW](?![A-Za-z0-9])")


def _wan_letter(text: str) -> str:
    return _WAN_LETTER.sub(r"\g<lead>\g<n>万元", text) if "w" in text or "W" in text else text


def _unemoji(text: str) -> str:
    if text.isascii() or (not _EMOJI.search(text) and "\u20e3" not in text):
        return text
    lead = text.lstrip()[:1]
    if lead in MARKS:  # ➢ 安化黑茶精深加工…: an arrowhead bullet marks a heading, it stays
        return lead + _unemoji(text.lstrip()[1:])
    # (1️⃣ numbers as ❶ does, a plan over the （一） or 1. items under it)
    # (…重点支持以下3个领域👇: the hand pointing down is the colon before a list)
    text = _POINTING_DOWN.sub("：", text)
    bare = _EMOJI.sub("", _KEYCAP.sub(
        lambda m: chr(0x2775 + int(m[1])) if m[1] != "0" else "0", text)).strip()
    # ✅ 高新技术企业认定奖励 / 🔹 森林火灾…研发: a bullet before a title (not 💰资助标准 …, a
    # label's picture, nor 📌项目类别：B类): the mark the document's bullet stands for
    if lead in _BULLET_EMOJI and bare and not re.search(r"[:：。；;]", bare) \
            and classify_text(bare) is None \
            and not _TERM_SAID.search(bare):  # (📌一、总体要求: numbered itself)
        return _BULLET_EMOJI[lead] + " " + bare
    return bare


# ✅ 执行期18个月 / ✅ 全部前资助，执行期2年: a rule's bullet (a term stated), no title's
_TERM_SAID = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d+)?\s*(?:万元|万|个月|年(?!度)|项|%)")
_POINTING_DOWN = re.compile("(?<=[\u4e00-\u9fff])[:：]?\\s*"
                            "(?:\U0001F447|\u2B07|\u2935)\uFE0F?\\s*$")
_BULLET_EMOJI = {**dict.fromkeys("✅✔☑", "✦"), **dict.fromkeys("🔹🔷💠", "◆"),
                 **dict.fromkeys("🔸🔶", "◇"), **dict.fromkeys("📍📌", "▲"),
                 **dict.fromkeys("⭐🌟", "★"), **dict.fromkeys("🟢🔘◾", "●"), "➡": "➔"}


# 1-1　大模型行业应用示范 ⇥ 重点: a poster card's badge set on its title's line, no cell of a table
_BADGE_CELL = re.compile(r"^(?P<title>(?:\d|[一二三四五六七八九十]|[(（]|[A-Z]{1,3}\d|方向|专题)"
                         r"[^\t]{3,59})\t\s*"
                         r"(?:重点|新增|新设|调整|延续|热门|推荐|NEW|New|HOT)\s*$")


# ▼ 一、指南说明 [收起] / ▶ 1．…示范 [点击展开]: a page's collapsible sections, copied open
# (the glyph only with the toggle: ▶ alone may mark a heading)
_UI_TOGGLE = re.compile(r"^(?:[▼▶►▸▾▽▷]\s*+)?(?P<body>\S.*?)\s*+[\[【［](?:点击)?(?:展开|收起|折叠)"
                        r"(?:全文|详情|更多)?[\]】］]\s*$")


_CROSSED_OPTION = re.compile(r"[\s\u3000、]*[\u4e00-\u9fff]{1,10}[(（]\s*[×✗✘]\s*[)）]")
_MARKED_OPTION = re.compile(r"[(（]\s*[√✓✔]\s*[)）]")


def _ticked(text: str) -> str:
    """支持方式　☑前资助　□后补助　□奖补: a form's options, only those ticked stated (a line
    without a tick keeps its □, which some documents use as a bullet)."""
    if any(mark in text for mark in "×✗✘") and _CROSSED_OPTION.search(text) \
            and _MARKED_OPTION.search(text):
        # 牵头单位性质：企业（√）　高校院所（×）: each option marked after it, the crossed out
        return _MARKED_OPTION.sub("", _CROSSED_OPTION.sub("", text)).rstrip(" \u3000、")
    if "☑" not in text and "☒" not in text:
        if "\t" in text and "□" not in text and "■" in text:
            # (牵头单位 | ■企业 ■高校 ■院所: every option ticked, a list of them all)
            return "\t".join(_ALL_TICKED.sub("、", cell.strip()).strip("、")
                              if _ALL_TICKED_CELL.fullmatch(cell.strip()) else cell
                              for cell in text.split("\t"))
        if "□" not in text or not _TICK_TOO.search(text):
            return text
        text = _TICK_TOO.sub("☑", text)  # (□重点项目 ■一般项目, √前资助: ticked all the same)
    return UNTICKED.sub("", text).replace("☑", "").replace("☒", "").rstrip()


def _unticked_options(lines: list[str]) -> list[str]:
    """发布屏幕：☑一楼大厅主屏 ⏎ ☑二楼走廊条屏 ⏎ □户外广场大屏: a form's options a line each,
    the ones left unticked under a ticked one no text (a □ bullet elsewhere stays)."""
    out = list(lines)
    ticked = False
    for at, text in enumerate(lines):
        if not text.strip():
            continue
        if text.startswith("□") and "☑" not in text and ticked:
            out[at] = ""
            continue
        ticked = "☑" in text or "☒" in text
    return out


_TICK_TOO = re.compile(r"[■√✓✔]\s*(?=[^\s□☐])")
_ALL_TICKED_CELL = re.compile(r"(?:[■√✓✔]\s*[\u4e00-\u9fff]{1,8}\s*){2,}")
_ALL_TICKED = re.compile(r"\s*[■√✓✔]\s*")


_BARS = "▍▌▸▹"
BULLET = re.compile(r"^(?:[●•▪◦○·]|[–-](?=[ \u3000]))\s*(?=\S)")  # (▶ ◆ ■ ★ mark headings)


# · 支持：每项不超过30万元 ⏎ · 名额：拟支持3项: a short label after a bullet, its value after
_BULLETED_LABEL = re.compile(r"^(?:[●•▪◦○·]|[–-](?=[ \u3000]))\s*"
                             r"(?=[\u4e00-\u9fff]{2,5}[:：]\s*\S)")


def _bulleted_labels(written: list[str], lines: list[str]) -> list[str]:
    """· 支持：… ⏎ · 方式：… ⏎ · 标准：…: a direction's terms set out as bullets, each a short
    label and its value — a label each, known or not (an unknown one a field of its own, not
    the line after the one before). `written`: the lines with their bullets, `lines`: as read
    so far (a known label's bullet gone already)."""
    marked = [_BULLETED_LABEL.match(text) is not None for text in written]
    return [_BULLETED_LABEL.sub("", text) if on and (
        (at > 0 and marked[at - 1]) or (at + 1 < len(lines) and marked[at + 1])) else text
        for at, (text, on) in enumerate(zip(lines, marked, strict=True))]


def _mark_lead(text: str) -> re.Match[str] | None:
    return re.match(rf"^[\s\u3000]*[{MARKS}][\s\u3000]*", text)


_ASKED_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,6})[？?]\s*(?:——|—|--|[:：])?\s*"
                          r"(?P<value>\S.*)$")
_BARRED_LABEL = re.compile(r"^\s*(?P<label>[\u4e00-\u9fff]{2,8})\s*[｜|]\s*(?P<value>[^｜|]+)$")


def _unbulleted(text: str) -> str:
    """● 支持方式：前资助 — a labelled value set out as a bullet is that label's line (a bullet
    before a title, with no label, stays)."""
    if (lead := _mark_lead(text)) is not None \
            and (spaced := _SPACED_LABEL.match(text[lead.end():])) is not None \
            and FIELD_LABELS.get(spaced["label"]):
        # ■资助标准　以奖代补。…: a field's label, a wide space for its colon
        return f"{spaced['label']}：{text[lead.end() + spaced.end():]}"
    if lead is not None and (boxed := _MARK_BOXED_LABEL.match(text[lead.end():])) is not None \
            and boxed["mark"] == lead.group(0).strip() and FIELD_LABELS.get(boxed["label"]) \
            and not boxed["value"].rstrip().endswith(tuple(TERMINAL)):
        # ■研究内容■　研究SiC…在辅助 (its sentence cut by the page width): a label its mark boxes
        return f"{boxed['label']}：{boxed['value']}"
    asked = _ASKED_LABEL.match(text[lead.end():] if lead is not None else text)
    if asked is not None and label_key(asked["label"]):
        return f"{asked['label']}：{asked['value']}"  # ◎补多少？——每项20万元: a question's answer
    if lead is not None and (barred := _BARRED_LABEL.match(text[lead.end():])) is not None \
            and (label_key(barred["label"]) or re.search(r"(?:代码|编号|编码)$", barred["label"])):
        return f"{barred['label']}：{barred['value']}"  # ▷资助额度｜300,000元: a bar for the colon
    marked = list(_MARKED_LABELS.finditer(text))
    if len(marked) == 1 and marked[0].start() == 0:  # ▲项目周期：30个月 (a corrected passage)
        rest = text[marked[0].end():].lstrip()
        label = _read_label(rest, normalise(rest))
        # (▍易错提示：…: a bar marks a run-in label, known or not, never a heading)
        if label is not None and (label.key is not None or text.lstrip()[:1] in _BARS):
            return text[:marked[0].end()].rstrip("".join(MARKS)).rstrip() + rest
    if len(marked) >= 2 or any(m.start() > 0 for m in marked):  # (…拨 ⏎ 付　◇支持额度：…)
        # ◇方向代码：YX25-GJ01　◇支持方式：前资助　◇支持额度：…: a row of marked labels, the
        # marks no headings (the labels then part at their wide spaces)
        return _MARKED_LABELS.sub(r"\g<gap>", text).strip()
    bullet = BULLET.match(text)
    if bullet is None:
        return text
    rest = text[bullet.end():]
    label = _read_label(rest, normalise(rest))
    if label is None and ANNOUNCED_SUBS.search(normalise(rest)):
        return rest  # · 本方向设以下两个子方向：among a direction's bulleted fields
    if label is None or (label.key == "funding" and label.label not in FIELD_LABELS
                         and _colon_title(normalise(rest)) is not None):
        return text  # ● 瞪羚企业培育奖补：对…给予…: an item named before its colon
    known = label.key is not None or is_non_funding(label.label) \
        or OFFICE_LINE.match(normalise(rest)) is not None \
        or CODE_LINE.match(normalise(rest)) is not None  # ● 归口科室：…, · 方向代码：…
    return rest if known else text


# 额　　度：每项资助20万～40万元 / 联 系 人：…: a short label Word spread to a four-character
# width (分散对齐), its characters apart
_SPREAD_LABEL = re.compile(r"^(?P<lead>\s*)(?P<a>[\u4e00-\u9fff])[ \u3000]{1,4}"
                           r"(?P<b>[\u4e00-\u9fff])(?:[ \u3000]{1,4}(?P<c>[\u4e00-\u9fff]))?"
                           r"[ \u3000]*(?P<colon>[:：])")


def _unspread(text: str) -> str:
    """A spread label closed up (额　　度： → 额度：)."""
    spread = _SPREAD_LABEL.match(text) if ("\u3000" in text or " " in text) else None
    if spread is None:
        return text
    return spread["lead"] + spread["a"] + spread["b"] + (spread["c"] or "") + spread["colon"] \
        + text[spread.end():]


# 注：1.支持方式栏中“前”为前资助… 4.资质栏中“●”为申报单位须具备的资质，“○”为同等条件下
# 优先支持…；“高企”指高新技术企业: a legend under a table, each abbreviation what it stands for
_ABBREVIATION = re.compile(r"[“\"「]([^”\"」]{1,8})[”\"」]\s*(?:为|指|表示|即|代表|是)\s*"
                           r"([^，,。；;“\"「]{1,30})")
LEGEND_LINES = 8


def _legend_read(lines: list[str]) -> list[str]:
    """A table written in abbreviations its legend explains (前 / 后 / 前+后, 企 / 不限, ● a
    qualification required and ○ one preferred under a 高企 column): its cells written out —
    ● as 须为 and what its column names, ○ (a preference, no rule) left empty."""
    result = list(lines)
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            i += 1
            continue
        end = i
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        legend: dict[tuple[str, str], str] = {}  # (the column it is for or "", abbreviation)
        for later in lines[end:end + LEGEND_LINES]:
            if "\t" in later:
                break
            for item in re.split(r"[；;。]|(?<=[^\d])(?=\d{1,2}[.．、])", later):
                column = re.search(r"([\u4e00-\u9fff]{2,8}?)栏", item)
                for short, full in _ABBREVIATION.findall(item):
                    if re.search(r"\d", short):
                        continue  # “30～50”表示资助额度区间: how a cell is written, no abbreviation
                    legend.setdefault((column[1] if column else "", short.strip()), full.strip())
        if len(legend) >= 2 and end - i >= 2:
            header = lines[i].split("\t")
            for k in range(i + 1, end):
                cells = lines[k].split("\t")
                if len(cells) != len(header):
                    continue
                result[k] = "\t".join(_cell_read(cell, head, legend)
                                      for cell, head in zip(cells, header, strict=True))
        i = end
    return result




def _legend_of(legend: dict[tuple[str, str], str], head: str, short: str) -> str | None:
    """What `short` stands for in the column headed `head`: the legend's word for that column
    (支持方式栏中“前”…), else its word for every column."""
    return next((full for (column, said), full in legend.items()
                 if said == short and column and column in head), None) \
        or legend.get(("", short))


def _cell_read(cell: str, head: str, legend: dict[tuple[str, str], str]) -> str:
    said = _legend_of(legend, head, cell.strip())
    if said is None and len(cell.strip()) == 1:  # (资质栏中“●”…: marks under 高企, 科小 …)
        said = next((full for (_, short), full in legend.items() if short == cell.strip()), None)
    if said is None:
        return cell
    if cell.strip() in "●○◆◇√✓✔★☆" and len(cell.strip()) == 1:
        if "优先" in said:
            return ""  # (a preference is no requirement)
        if re.search(r"须|必须|应|要求", said):
            return "须为" + (_legend_of(legend, "", head.strip()) or head.strip())
    return said


# 计划类别 | 2024年度 | 2025年度 | 调整情况: a table setting this year's terms beside last year's
# (2024年度标准（本年度执行）: the year, and which one applies)
_YEAR_CELL = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*年度?(?:支持)?(?:标准|栏)?"
                        r"(?:[(（](?:本年度|今年)?(?:执行|适用)[)）])?$")
_YEAR_MEANT = re.compile(r"[“\"「]?(?P<year>(?:19|20)\d{2})\s*年度?(?:支持)?(?:标准)?[”\"」]?\s*栏"
                         r"(?:执行|为准)")


def _this_years_column(lines: list[str]) -> list[str]:
    """A table comparing years (计划类别 | 2024年度 | 2025年度 | 调整情况): only the year the
    text says applies (按表1“2025年度”栏执行; else the latest) stays a column, so its cells are
    the terms — the other years' and the change column were only for comparison."""
    result = list(lines)
    meant = next((m["year"] for line in lines if (m := _YEAR_MEANT.search(line))), None)
    for i, line in enumerate(lines):
        if "\t" not in line or "年" not in line:
            continue
        cells = line.split("\t")
        years = {j: m["year"] for j, cell in enumerate(cells)
                 if (m := _YEAR_CELL.match(cell.strip()))}
        if len(years) < 2 or 0 in years:
            continue
        keep_year = meant if meant in years.values() else max(years.values())
        dropped = {j for j, year in years.items() if year != keep_year}
        dropped |= {j for j, cell in enumerate(cells) if re.fullmatch(
            r"(?:调整|变化|变动)(?:情况|说明)?|备注说明", cell.strip())}
        for k in range(i, len(lines)):
            if not lines[k].strip():
                continue  # (a row's wrapped cells left its later lines empty)
            if "\t" not in lines[k]:
                break
            row = lines[k].split("\t")
            if len(row) != len(cells):
                break
            result[k] = "\t".join(cell for j, cell in enumerate(row) if j not in dropped)
    return result


# （一）、工业科技支撑计划 / 1）、…: a typist's 、 after a bracket that already closes the number
_BRACKET_DUN = re.compile(r"^(?P<number>\s*[(（]?\s*[一二三四五六七八九十\d]{1,3}\s*[)）])、")


# RZ26-ZN01 / GY2601: a cell that is a code alone
_CODE_ALONE = r"[A-Za-z][A-Za-z0-9]*(?:[\-_.][A-Za-z0-9]+)+|[A-Za-z]{1,2}\d{2,}[A-Za-z0-9]*"
# A (tab-set) 1．…技术  A  RZ26-ZN01: a class letter and a code set right of a numbered title
_TAIL_CELL = re.compile(rf"^(?:{_CODE_ALONE}|(?P<letter>[A-H]|[甲乙丙丁])(?:类)?"
                        # 〔TZ2601-0101〕: a code in its brackets, set at a right tab stop
                        r"|(?P<bracketed>[〔\[［【(（]\s*[A-Za-z][A-Za-z0-9\-_.]{3,24}\s*[〕\]］】)）]))$")


def _title_with_cells(text: str) -> str:
    """1．超细晶粒硬质合金数控刀具制备技术　　　A　　RZ26-ZN01 (pdftotext -layout, the marks
    right-aligned), or 1．…研发………………BT2501……………高新技术科 (Word's tab leaders): the title's
    line with its marks in brackets (…技术（A类）（RZ26-ZN01）, …研发（BT2501）（高新技术科）) —
    a heading, not a row of a table."""
    if "\t" not in text and not _LEADERS.search(text):
        return text
    cells = [cell.strip() for cell in _LEADERS.sub("\t", text).split("\t") if cell.strip()]
    if not 2 <= len(cells) <= 3 or len(cells[0]) > 80 or not all(
            _TAIL_CELL.match(cell) or _OFFICE_VALUE.match(cell) for cell in cells[1:]):
        return text
    heading = classify_text(cells[0])
    if heading is None or heading.number is None or not title_like(heading.rest):
        return text
    marks = ["".join(f"（{cell.removesuffix('类')}类）"
                     if (m := _TAIL_CELL.match(cell)) is not None and m["letter"]
                     else cell if m is not None and m["bracketed"] else f"（{cell}）")
             for cell in cells[1:]]
    # (the code first, the class last: …技术（RZ26-ZN01）（A类）, as a title's class tag closes it)
    return cells[0] + "".join(sorted(marks, key=lambda mark: mark.endswith("类）")))


# ZD-01 ⇥ 竹材高值化利用关键技术研发 ⏎ 研究内容 ⇥ …: a direction's code in a side-head layout's
# narrow left column, its title beside it
# (Ⅰ/01 ⇥ 蔬菜田头差压预冷…〔SG25LL01〕: a number hung in the left margin the same way)
_SIDE_CODE = re.compile(r"^\s*(?P<code>[A-Z]{1,6}(?:-?\d{1,3}){1,3}|[Ⅰ-ⅫIVX]{1,4}/\d{1,2}[a-h]?)\t"
                        r"(?P<title>[\u4e00-\u9fff“《]"
                        r"[^\t。；;]{3,40})\s*$")


def _side_codes(raw_lines: list[str]) -> list[str]:
    """The side-head layout's coded lines (ZD-01 ⇥ title) over its labelled blocks (研究内容 ⇥
    …): each a direction's heading, its code before its title."""
    out = list(raw_lines)
    for at, raw in enumerate(raw_lines):
        match = _SIDE_CODE.match(raw) if "\t" in raw else None
        if match is None:
            continue
        after = next((later for later in raw_lines[at + 1:at + 3] if later.strip()), "")
        label = re.split(r"[\t:：]", after.strip(), maxsplit=1)[0]
        if ("\t" in after and label_key(label) is not None) or "/" in match["code"]:
            out[at] = f"{match['code']}\u3000{match['title'].strip()}"  # (Ⅰ/03 ⇥ …: a number)
    return out


def _side_headings(raw_lines: list[str]) -> list[str]:
    """1．高端流程泵阀 ⇥ 研究内容：面向… ⏎ 智能设计与数字孪 ⇥ 长周期… ⏎ （LW25ZD01） ⇥ …: a
    direction set in a borderless two-column table, its numbered title wrapped down the narrow
    left column beside its text: the title whole on its first line, the text it wraps beside
    on the lines after (its first two parts on one: a paragraph the column's width cut)."""
    out = list(raw_lines)
    at = 0
    while at < len(raw_lines):
        cells = raw_lines[at].rstrip("\r").split("\t")
        heading = classify_text(cells[0].strip()) if len(cells) == 2 else None
        if heading is None or heading.style not in ("1.", "1、") \
                or not re.match(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]", cells[1]):  # (研究内容：…)
            at += 1
            continue
        block = [cells]
        end = at + 1
        while end < len(raw_lines) and "\t" in raw_lines[end]:
            more = raw_lines[end].rstrip("\r").split("\t")
            if len(more) != 2 or len(more[0].strip()) > 16 or "。" in more[0] \
                    or classify_text(more[0].strip()) is not None:
                break
            block.append(more)
            end += 1
        if len(block) < 2:
            at += 1
            continue
        rights = [right.strip() for _, right in block]
        out[at] = "".join(left.strip() for left, _ in block)
        out[at + 1:end] = [rights[0] + rights[1], *rights[2:]]
        at = end
    return out


_DIGIT_MARK = re.compile(r"^\s*(?P<n>\d{1,2})\s*(?:[、.．]\s*|(?=\s))")
_DIGIT_STYLES = ("1.", "1、")  # (not 1 总则: a top-level style of its own)


def _marks_kept(lines: list[Line]) -> list[Line]:
    """1、杂交玉米… ⏎ … ⏎ 2.玉米制种… ⏎ 4 …: a list typed in a hurry, the mark after the number
    changing while the numbers go on (the next, or one skipped): one list, each item numbered
    as its first is — not a deeper list opening at 2."""
    out: list[Line] = []
    last: tuple[int, str, str] | None = None  # (number, style, the text before the title)
    for line in lines:
        heading = classify(line) if not line.table else None
        if heading is None or line.continued:
            out.append(line)
            continue
        mark = _DIGIT_MARK.match(line.text)
        if heading.style not in _DIGIT_STYLES or mark is None or not heading.number:
            last = None  # (（二）…: a heading above the list ends it)
            out.append(line)
            continue
        number = heading.number[-1]
        if last is not None and heading.style != last[1] and number in (last[0] + 1, last[0] + 2):
            text = re.sub(r"\d+", str(number), last[2], count=1) + line.text[mark.end():]
            line = replace(line, text=text, norm=normalise(text))
            style = last[1]
        else:
            style = heading.style
        last = (number, style, (_DIGIT_MARK.match(line.text) or mark).group(0))
        out.append(line)
    return out


# 一、科技创新引导计划　归口：科技管理股　本计划项目实施期限均为2年…: a merged row naming a
# plan, its office and its terms set apart by full-width spaces (as the bracket says them)
# (3.1 县科技攻关计划（…类）  归口：县科技局产业科: a decimal heading, two spaces before it)
_SPACED_OFFICE = re.compile(r"^(?P<title>(?:\d{1,2}(?:\.\d{1,2}){0,2} )?"
                            r"[^\s\u3000:：，,。；;【】\[\]]{2,40}?)(?:\u3000+| {2,})"
                            r"(?P<label>归口(?:股室|科室|处室|部门)?|受理(?:股室|科室|处室))\s*[:：]\s*"
                            r"(?P<office>[\u4e00-\u9fff]{2,16}?(?:股|科|处|室|中心|办))"
                            r"(?:\u3000+(?P<terms>[^\t]+?))?\s*$")


def _bracketed_office(text: str) -> str:
    """一、…计划（归口：…股；本计划…）: the spaced office and terms in the bracket they mean."""
    spaced = _SPACED_OFFICE.match(text) if ("\u3000" in text or "  " in text) \
        and "\t" not in text else None
    if spaced is None:
        return text
    terms = f"；{spaced['terms'].strip()}" if spaced["terms"] else ""
    return f"{spaced['title']}（{spaced['label']}：{spaced['office']}{terms}）"


# 一、为什么要报？——总体要求 (a 明白纸's plain question, then the section's formal name)
_ASKED_THEN_NAMED = re.compile(r"^(?P<number>[一二三四五六七八九十]{1,3}、\s*)[^？?—]{2,16}[？?]\s*"
                               r"[—–－]{1,2}\s*(?P<name>[^—？?。]{2,16})$")


def _formal_name(text: str) -> str:
    """六、注意啥？——其他事项: the section by its formal name (六、其他事项), as it is read."""
    asked = _ASKED_THEN_NAMED.match(text)
    return f"{asked['number']}{asked['name']}" if asked else text


# 01 ⇥ …技术研发 ⇥ 最高80万元 (a price list's row: its number, its title, its amount right-set)
_PRICED_ROW = re.compile(r"^(?P<n>\d{1,3})[\t ]+(?P<title>[^\t]{4,80})\t"
                         r"(?P<amount>(?:最高|不超过)?\s*\d+(?:\.\d+)?\s*(?:[~～—–-]\s*\d+(?:\.\d+)?\s*)?万元|[—–-]{1,2})$")
# GY2601 ⇥ 键技术研究 / GY2602 ⇥ 研究内容：…: the row's code set under its number, beside the
# title's wrapped tail or the first line under it
_CODE_UNDER_NUMBER = re.compile(r"^(?P<code>[A-Z]{1,4}-?\d{3,8}(?:-\d{1,4})?)\t"
                                r"(?P<rest>\S.*)$")


def _priced_rows(texts: list[str]) -> list[str]:
    """A list of directions set like a price list (its number in a left column, its code under
    the number, its amount right-set on the title's line, 研究内容… under it) whose rows each
    have labelled lines under them: each row is a numbered heading, its code and amount in
    brackets (…研发（GY2601）（最高80万元）; — says nothing), and the column header is print."""
    out = list(texts)
    rows: list[int] = []
    for at, text in enumerate(texts):  # (…研发 ………… 最高80万元: a leader to the amount)
        row = _PRICED_ROW.match(_LEADERS.sub("\t", text))
        if row is None:
            continue
        title, code, below = row["title"], "", at + 1
        under = _CODE_UNDER_NUMBER.match(texts[below]) if below < len(texts) else None
        if under is not None:  # (the code under the number, and what shares its line)
            code = f"（{under['code']}）"
            rest = under["rest"].strip()
            labelled = read_label(Line(0, rest, normalise(rest))) is not None
            if not labelled:
                title += rest
            below += 1
        while below < len(texts) and not texts[below].strip():
            below += 1
        said = under["rest"] if under is not None and labelled else \
            texts[below] if below < len(texts) else ""
        if read_label(Line(0, said, normalise(said))) is None:
            continue  # (a table's row: nothing is written under it)
        amount = "" if row["amount"].strip("—–-") == "" else f"（{row['amount']}）"
        out[at] = f"{row['n']}．{title}{code}{amount}"
        if under is not None:
            out[at + 1] = under["rest"] if labelled else ""
        rows.append(at)
    for at in rows:  # 序号 ⇥ 项目方向 ⇥ 资助额度 over them: print
        above = at - 1
        while above >= 0 and not out[above].strip():
            above -= 1
        if above >= 0 and out[above].startswith("序号\t"):
            out[above] = ""
    return out


# PA2026-ZY01 / 榜单编号PA2026-BD01 / 指南代码：…: a cell that is a code and nothing else
_CODE_CELL = re.compile(rf"^(?:[\u4e00-\u9fff]{{0,4}}(?:代码|编号|编码)\s*[:：]?\s*)?"
                        rf"(?P<code>{_CODE_ALONE})$")
_ROW_BARS = re.compile(r"\t|｜(?![^（(]*[)）])")  # (not a bar inside a title's bracket)


# 编号 体检项目（申报方向） ⇥ 方向代码 ⇥ …: a number's column and the title's set in one cell
_MERGED_NUMBER_HEAD = re.compile(r"^(?P<number>序号|编号|编码)[ \u3000]+(?P<title>\S.{1,20})$")
_NUMBER_LED_CELL = re.compile(r"^(?P<number>[A-Z]?\d{1,3}(?:[-.]\d{1,2})?)[ \u3000]+"
                              r"(?P<title>\S.*)$")


def _number_cells_split(texts: list[str]) -> list[str]:
    """编号 体检项目（申报方向） ⇥ 方向代码 ⇥ 资助标准 over A1 电解锰渣… ⇥ SZS26GX01 ⇥ ≤80: a page
    that set the number and the title in one cell, header and rows alike — each its own column,
    so the header names a number column and a title column, and each row its number and title."""
    out = list(texts)
    for at, text in enumerate(texts):
        cells = text.split("\t")
        head = _MERGED_NUMBER_HEAD.match(cells[0].strip()) if len(cells) >= 3 else None
        if head is None:
            continue
        rows, apart = [], 0
        for below in range(at + 1, len(texts)):
            row = texts[below].split("\t")
            if len(row) == 1 and apart < 2:  # (注：A2另规定… under its row: the row's note)
                apart += 1
                continue
            if len(row) != len(cells) or not _NUMBER_LED_CELL.match(row[0].strip()):
                break
            rows.append(below)
            apart = 0
        if len(rows) < 2:
            continue
        out[at] = "\t".join([head["number"], head["title"], *cells[1:]])
        for below in rows:
            row = texts[below].split("\t")
            led = _NUMBER_LED_CELL.match(row[0].strip())
            assert led is not None
            out[below] = "\t".join([led["number"], led["title"], *row[1:]])
    return out


# 一、县重点研发计划（项目执行期2年；须由企业牵头申报；…）: a row spanning a table, its group's
_GROUP_ROW_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、"
                               r"|[(（][一二三四五六七八九十]{1,3}[)）])")


def _coded_rows(texts: list[str]) -> list[str]:
    """A1 锦橙…技术 ⇥ PA2026-ZY01 ⇥ 不超过30万元 (or set with ｜ bars), no header row over it: a
    numbered title, its code and its terms on one line — a heading (…技术（PA2026-ZY01）。不超过
    30万元), not a row of a table; a row of cells wrapped under it (上年度研发费用… ⇥ 执行期…)
    is its terms going on."""
    out = list(texts)
    above = ""  # the last line with words on it, as first read
    coded, last = False, 0  # …and it was made a heading here (the last so made)
    headed = False  # under a table's header still (a group row spanning it between its rows)
    for at, text in enumerate(texts):
        if not text.strip():
            continue
        was, above = above, text
        if "\t" not in text and "｜" not in text:
            headed = headed and (classify_text(text) is not None
                                 or _GROUP_ROW_NUMBER.match(text) is not None)
            if coded and re.search(r"[｜，、；]$", was.strip()) and len(text) <= 40 \
                    and classify_text(text) is None:
                # (…｜15万～25万元｜ ⏎ 须为已入库科技型中小企业: the row's last cell, wrapped)
                joint = "" if out[last].endswith(("，", "、", "；")) else "；"
                out[last] = f"{out[last]}{joint}{text}"
                out[at] = ""
                continue
            coded = False
            continue
        cells = [cell.strip() for cell in _ROW_BARS.split(text.strip())]
        while cells and not cells[-1]:
            cells.pop()  # (…｜15万～25万元｜: a closing bar)
        if coded and "\t" in text and classify_text(cells[0]) is None and all(cells) \
                and len(cells) <= 4:
            out[at] = "；".join(cells)  # (the row above's terms, wrapped onto a row of their own)
            continue
        code = _CODE_CELL.match(cells[1]) if len(cells) >= 2 else None
        # (榜单2 柑橘黄龙病快速检测技术｜另行发布，本次不受理: a bar, not a tab, sets a title's
        # note beside it, coded or not)
        # (not 【A组】…类｜归口：农村科技股: a label's value, read as written)
        heading = classify_text(cells[0]) if code is not None or (
            len(cells) >= 2 and "\t" not in text
            and not any(re.search("[:：]", cell) for cell in cells[1:])) else None
        if heading is None or heading.number is None or heading.code \
                or not title_like(heading.rest) or ("\t" in was and not coded) or headed \
                or not all(cells[1:]) or any(len(cell) > 80 for cell in cells):
            # (a row under a table's header — 一、…计划 spanning it above the row too — or no
            # code beside the title)
            headed = headed or ("\t" in was and not coded) or (
                heading is None and "\t" in text and not coded)
            coded = False
            continue
        terms = "；".join(cells[1 if code is None else 2:])
        out[at] = cells[0] + (f"（{code['code']}）" if code is not None else "") \
            + (f"。{terms}" if terms else "")
        coded, last = True, at
    return out


# a dot leader between a title and what a tab stop sets after it (………, ·······, ........)
_LEADERS = re.compile(r"[\t \u3000]*(?:…{2,}|·{3,}|\.{4,}|_{4,})[\t \u3000]*(?=\S)")


def _paired_cells(text: str) -> str:
    """方向名称 | …技术 | 方向代码 | ZJ01 (a direction's info grid, label | value | label |
    value on each row): the row's labelled values, two to a line (方向名称：…技术　　方向代码：
    ZJ01); a pair whose value is blank says nothing (its plan's term applies)."""
    if "\t" not in text:
        return text
    cells = [cell.strip() for cell in text.split("\t")]
    if len(cells) not in (4, 6) or not all(_paired_label(label) for label in cells[::2]) \
            or not any(cells[1::2]) or any(_column_name(value) for value in cells[1::2]):
        return text  # (序号 | 方向名称 | 支持金额 | 实施期限: a table's header, labels only)
    return "\u3000\u3000".join(f"{label}：{value}" for label, value in zip(
        cells[::2], cells[1::2], strict=True) if value)


def _label_shaped(cell: str) -> str | None:
    """A cell as a label would be written (short, no punctuation), its spaces dropped."""
    bare = re.sub(r"\s", "", cell)
    return bare if 2 <= len(bare) <= MAX_LABEL and not re.search(r"[:：。，,；;]", bare) else None


def _paired_label(label: str) -> bool:
    """A grid's label cell: a field's name, the direction's name, its code or office."""
    bare = _label_shaped(label)
    return bare is not None and bool(names_field(bare) or _TITLE_CELL.match(bare)
                                     or _CODE_COLUMN.search(bare) or _OFFICE_COLUMN.match(bare))


def _column_name(cell: str) -> bool:
    """Any name a table's header cell may have (专项名称, 单项资助额度, 拟支持项数)."""
    bare = _label_shaped(cell)
    if bare is None:
        return False
    said = f"{bare}：x"
    known = _read_label(said, normalise(said))
    return _paired_label(bare) or _title_column(bare) is not None \
        or (known is not None and known.key is not None and not _OFFICE_VALUE.match(bare))


def _unspaced(text: str) -> str:
    """资助经费        不超过200万元 — a field laid out as a two-column row (pdftotext -layout):
    the label and its value (资助经费：不超过200万元)."""
    if "\t" in text or not SPACED_CELLS.search(text):
        return text
    cells = SPACED_CELLS.split(text.strip(), maxsplit=1)
    label = re.sub(r"\s", "", cells[0])
    if re.search(r"[:：】〗\]]", label):
        return text  # 资助方式：以奖代补　　申报主体：…: labels written as such, two to a line
    said = f"{label}：{cells[1].strip()}" if len(cells) == 2 else ""
    known = _read_label(said, normalise(said)) if said else None
    if len(cells) != 2 or not 2 <= len(label) <= MAX_LABEL or not (
            names_field(label) or _CODE_COLUMN.search(label) or OFFICE_LINE.match(said)
            or _TITLE_CELL.match(label) or (known is not None and known.key is not None)):
        return text  # (方向名称      1.煤基高端碳材料: the direction's title row too)
    return said


FOOTNOTE_RULE = re.compile(r"^[—─_━\-－]{6,}$")
SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
MAX_CARRIED = 4  # lines of a note carried over from the page before, above this page's notes
FOOTNOTE = re.compile(rf"^(?P<mark>[{CIRCLED}]|[\[［]\d{{1,2}}[\]］]|[{SUPERSCRIPT}]+)\s*"
                      r"(?P<text>\S.*)$")
# …技术¹,⁴（HK26NY01）: superscript marks after a word (not 500m³, a unit), several at once
_SUPERSCRIPT_CALL = re.compile(
    rf"(?<=[\u4e00-\u9fff）)”」》】])[{SUPERSCRIPT}]+(?:\s*[,，、]\s*[{SUPERSCRIPT}]+)*")


def _footnotes(lines: list[str], marks: set[int],
               attached: dict[int, list[str]] | None = None,
               owned: dict[int, list[str]] | None = None) -> set[int]:
    """Notes at a page's foot under a rule (—————— ⏎ ① 含…分支机构。): each note is written
    into the sentence whose mark calls it (…注册的企业（含…分支机构），且…), a mark ending a
    heading is dropped, and the rule and notes leave the text. `lines` is changed in place.
    Superscript notes (¹ 采取前资助方式…) may be called by many headings, several to a heading
    (…技术¹,⁴): each calling heading gets them in `attached` (line index → notes)."""
    found: set[int] = set()
    start = 0  # the notes of one page are called from that page, after the last notes
    for i, text in enumerate(lines):
        # (a PDF's drawn rule, on its first note's line: a tab between, or a space)
        rule, _, first = text.partition("\t") if "\t" in text else text.partition(" ")
        if not FOOTNOTE_RULE.match(rule):
            continue
        notes: list[tuple[int, str, str]] = []
        carried = 0  # (the end of a note the page before began, over this page's notes)
        j = i + 1 if not first else i
        while j < len(lines) and (j not in marks or j == i) and lines[j]:
            said_here = first if j == i else lines[j]
            if (m := FOOTNOTE.match(said_here)) is not None:
                notes.append((j, m["mark"], m["text"]))
            elif notes:  # a note wrapped onto the next line
                k, mark, said = notes[-1]
                notes[-1] = (k, mark, said + said_here)
            elif start > 0 and carried < MAX_CARRIED:
                carried += 1
            else:
                break
            j += 1
        if carried and not notes:
            continue
        if notes and all(mark[0] in SUPERSCRIPT for _, mark, _ in notes):
            if _superscript_notes(lines, start, i, {m: t for _, m, t in notes}, attached,
                                  owned):
                found.update(range(i, j))
                start = j
            continue
        calls = [_footnote_call(lines, start, i, mark) for _, mark, _ in notes]
        if not notes or None in calls:
            continue  # a rule under a heading, or marks that are list numbers
        for (_, mark, said), at in zip(notes, calls, strict=True):
            assert at is not None
            before, _, after = lines[at].rpartition(mark)
            heading_end = not after.strip() and not re.search(r"[。；;]$", before)
            note = "" if heading_end else f"（{said.strip().rstrip('。；;')}）"
            if heading_end and owned is not None and classify_text(before.strip()) is not None:
                # (一、科技攻关计划（工业科技科）② ⏎ … ⏎ —————— ② 本计划所列方向均须由企业牵头
                # 申报…: a note a heading calls states its terms, its own words)
                owned.setdefault(at, []).append(said.strip())
            lines[at] = before + note + after
        found.update(range(i, j))
        start = j
    return found


TABLE_UNIT = re.compile(r"^(?:金额|资金|经费|资助)?单位\s*[:：]\s*(?P<unit>千元|万元|亿元|元)$")
# …资助标准见下表（金额单位：万元）。: the unit in the bracket of the sentence over the table
# (表1　…一览（金额：万元；支持数：项）: each column's unit named, the sums' first)
TABLE_UNIT_INLINE = re.compile(r"[(（](?:(?:金额|资金|经费|资助)?单位|金额|资金)\s*[:：]\s*"
                               r"(?P<unit>千元|万元|亿元|元)(?:[①-⑳¹²³⁴-⁹]*[)）][。.:：]?$"
                               # (…千元（本指南表格中金额均以千元为单位…）: its note)
                               r"|[(（]|[；;，,])")
_AMOUNT_COLUMN = re.compile(r"额度|金额|经费|资金|强度|标准|资助|补助|奖励|奖补|支持")
_BOX_RULE = re.compile(r"[─━┌┬┐├┼┤└┴┘═╔╦╗╠╬╣╚╩╝+\-]+")
# (资助方式及额度: a mode and its amount in one column, an amount column still)
_NOT_AMOUNT_COLUMN = re.compile(r"方式(?![及和与、](?:额度|金额|标准))|名称|类别|对象|单位|方向"
                                r"|期限|年限|周期|数|[(（]")


# 4．金额单位：万元（另注明者除外）。“≤”表示不超过。: a report's reading notes, the unit of every
# table's sums below them
_UNIT_LEGEND = re.compile(r"^(?:\d{1,2}[.、]|[(（]\d{1,2}[)）])?(?:金额|资金|经费)单位[:：]"
                          r"(?P<unit>千元|万元|亿元|元)(?:\([^()]{0,12}\))?[。；;]")


def _legend_unit(lines: list[str], at: int, unit: str) -> None:
    """Every table header below a legend's unit (资助标准 ⇥ …, no figure in a cell, the first row
    after a line that is no row): its amount columns in that unit, unless a column names its
    own."""
    for j in range(at + 1, len(lines)):
        cells = lines[j].split("\t")
        above = next((lines[k] for k in range(j - 1, at, -1) if lines[k].strip()), "")
        if len(cells) < 2 or "\t" in above or any(re.search(r"\d", cell) for cell in cells):
            continue
        lines[j] = "\t".join(f"{cell}（{unit}）" if _AMOUNT_COLUMN.search(cell)
                             and not _NOT_AMOUNT_COLUMN.search(cell) else cell for cell in cells)


def _table_units(lines: list[str]) -> set[int]:
    """金额单位：千元 over a table: its amount columns are in that unit (资助额度 → 资助额度
    （千元）), in the header and in the same header repeated after a page break; the unit line
    goes."""
    found: set[int] = set()
    for i, text in enumerate(lines):
        if "单位" not in text and "金额" not in text and "资金" not in text:
            continue  # (most lines: no need to fold them)
        folded = normalise(text).replace(" ", "")
        legend = _UNIT_LEGEND.match(folded)
        if legend is not None:
            _legend_unit(lines, i, legend["unit"])
            continue
        match = TABLE_UNIT.match(folded)
        inline = None if match else TABLE_UNIT_INLINE.search(folded)
        # (the header under a box's top rule ┌───┬───┐: the rule no row)
        header = next((j for j in range(i + 1, min(len(lines), i + 3))
                       if lines[j] and not _BOX_RULE.fullmatch(lines[j].strip())), None)
        match = match or inline
        if match is None or header is None or "\t" not in lines[header]:
            continue
        cells = lines[header].split("\t")
        named = ["\t".join(cells)]
        unit = match["unit"]
        cells = [f"{cell}（{unit}）" if _AMOUNT_COLUMN.search(cell)
                 and not _NOT_AMOUNT_COLUMN.search(cell) else cell for cell in cells]
        for j in range(i + 1, len(lines)):
            if lines[j] in named:
                lines[j] = "\t".join(cells)
        if inline is None:
            found.add(i)  # (a caption's bracket is said in a sentence that stays)
    return found


def _superscript_notes(lines: list[str], start: int, end: int, notes: dict[str, str],
                       attached: dict[int, list[str]] | None,
                       owned: dict[int, list[str]] | None = None) -> bool:
    """Write superscript notes where their marks call them: a heading's are its terms
    (`attached`), a sentence's go into it in brackets. False when a note is called nowhere."""
    calls: dict[int, list[tuple[re.Match[str], list[str]]]] = {}
    called: set[str] = set()
    for k in range(start, end):
        for group in _SUPERSCRIPT_CALL.finditer(lines[k]):
            said = [m for m in re.split(r"\s*[,，、]\s*", group[0]) if m in notes]
            if said:
                calls.setdefault(k, []).append((group, said))
                called.update(said)
    if called != set(notes):
        return False
    marks_called = [m for groups in calls.values() for _, said in groups for m in said]
    shared = len(marks_called) != len(set(marks_called))
    for k, groups in calls.items():
        text = lines[k]
        if "\t" in text:  # 支持额度（万元）⁵ in a table's header: a note on the table, said
            # over it (its caption), the cell left as it is named
            over = next((j for j in range(k - 1, max(start, k - 4) - 1, -1)
                         if lines[j].strip() and "\t" not in lines[j]), None)
            if over is not None:
                lines[over] = lines[over].rstrip() + "（" + "；".join(
                    notes[m].strip().rstrip("。；;") for _, said in groups for m in said) + "）"
                lines[k] = _SUPERSCRIPT_CALL.sub("", text)
                continue
        for group, said in reversed(groups):
            before, after = text[:group.start()], text[group.end():]
            heading_end = not _BRACKETS_OR_SPACES.sub("", after) \
                and not re.search(r"[。；;]$", before)
            if heading_end and attached is not None:
                # (notes each called by one heading are those headings' own words: ⁴该方向…; a
                # legend of notes some headings share is terms stated for them elsewhere)
                (owned if owned is not None and not shared else attached).setdefault(
                    k, []).extend(notes[m].strip() for m in said)
                text = before + after
            else:  # (at its clause's end: 研发费用³不低于100万元 stays one clause)
                end = next((at for at, char in enumerate(after) if char in "，,。；;\t"),
                           len(after))
                text = before + after[:end] + "（" + "；".join(
                    notes[m].strip().rstrip("。；;") for m in said) + "）" + after[end:]
        lines[k] = text
    return True


def _footnote_call(lines: list[str], start: int, end: int, mark: str) -> int | None:
    """The last line before the notes that calls this mark after a word (企业①), not as a
    list number at a line's start."""
    for k in range(end - 1, start - 1, -1):
        at = lines[k].rfind(mark)
        if at > 0 and not lines[k][:at].isspace():
            return k
    return None


_SPACES = re.compile(r"\s+")
_BRACKETS_OR_SPACES = re.compile(r"[(（][^()（）]*[)）]|\s+")


def _contents_runs(lines: list[str]) -> set[int]:
    """Dot-leader lines three or more in a row (empty lines aside): a table of contents. One or
    two together are a printed booklet's headings, each with the page it is on."""
    found: set[int] = set()
    run: list[int] = []
    padded = [*lines, "end"]
    for i, text in enumerate(padded):
        if not text.strip():
            continue
        if TOC_LINE.search(text):
            run.append(i)
            continue
        if run and _SHORT_LEADER.search(text) and TOC_LINE.search(
                next((t for t in padded[i + 1:] if t.strip()), "")):
            run.append(i)  # (三、政策机会提示：…申报 … 3: a long entry, its leader cut to one)
            continue
        if len(run) >= 3 and not text.rstrip().endswith(tuple(TERMINAL)):
            # (an entry wrapped before its leader: …活态传承 ⏎ 技术……6, an orphan tail)
            following = next((t for t in padded[i + 1:] if t.strip()), "")
            tail = _LEADER_TAIL.sub("", following).strip()
            if TOC_LINE.search(following) and len(tail) <= 6 and classify_text(tail) is None:
                run.append(i)
                continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


_LEADER_TAIL = re.compile(r"[.．…·_]{3,}\s*\d{0,4}$")  # (a leader cut at the page width too)
_SHORT_LEADER = re.compile(r"\s[.．…·]{1,2}\s*\d{1,4}$")


def _unleadered(text: str) -> str:
    """叁、申报条件………… 8 as the heading it is (its leader and page number are print)."""
    return _LEADER_TAIL.sub("", text).rstrip(" \u3000") if _LEADER_TAIL.search(text) else text


_PAGE_AFTER_SPACE = re.compile(r"(?<=\S)[\t \u3000]+\d{1,3}$"
                               # (第1课　总体安排……　09:12　试看: a course's lesson, its length)
                               r"|(?<=\S)[\t \u3000]+(?:\d{1,2}:)?\d{1,2}:\d{2}"
                               r"(?:[\t \u3000]+[\u4e00-\u9fff]{1,3})?$")


def _contents(lines: list[str]) -> set[int]:
    """目录 and the dot-leader lines after it (each names a heading and its page), or, without
    page numbers, the lines after it that the document repeats further down as its headings."""
    found = _contents_runs(lines)
    titles = [i for i, text in enumerate(lines) if TOC_TITLE.match(_SPACES.sub("", text))]
    # (compared without brackets: the heading written out may carry its code and marks)
    # (■ 第1课　…: a heading written out may carry a mark before it)
    keys = [_BRACKETS_OR_SPACES.sub("", text).lstrip(MARKS) for text in lines] if titles else []
    for i in titles:
        found.add(i)
        entries, misses = [], 0
        for j in range(i + 1, min(len(lines), i + 80)):
            if not keys[j]:
                continue
            # (a heading written out later may carry its code after the title; a page break's
            # number and running header may interrupt the contents; an entry's page number may
            # follow a tab or spaces instead of a leader: 一、总体要求\t1)
            entry = _BRACKETS_OR_SPACES.sub("", _PAGE_AFTER_SPACE.sub("", lines[j])) or keys[j]
            if not any(later.startswith(entry) for later in keys[j + 1:]):
                misses += 1
                if misses > 2:
                    break
                continue
            misses = 0
            entries.append(j)
        if len(entries) >= 3:
            found.update(entries)
    return found


def _running_headers(lines: list[str], marks: set[int]) -> set[int]:
    """A short line repeated next to page breaks (the document's title, a bureau's name)."""
    # a table's header row repeated after a page break is the table's, not a running header
    keys = ["" if "\t" in text else _SPACES.sub("", text) for text in lines]
    # a gazette's header mirrored on facing pages (公报   2025年第4期 / 2025年第4期   公报)
    present = set(keys)
    for index, text in enumerate(lines):
        cells = SPACED_CELLS.split(text) if keys[index] else []
        if len(cells) == 2 and (mirror := _SPACES.sub("", cells[1] + cells[0])) in present:
            keys[index] = min(keys[index], mirror)
    counts = Counter(key for key in keys if 4 <= len(key) <= 40)  # not a wrapped 万元
    found: set[int] = set()
    for key, count in counts.items():
        if count < 2 or any(mark in key for mark in TERMINAL) \
                or re.match(r"[【\[［][^】\]］]{2,20}[】\]］]", key):
            continue  # 【申报主体】, 【拟支持数】1项 repeat under every direction, one by a break
        where = [i for i, k in enumerate(keys) if k == key]
        if classify_text(key):
            # 第四章　…导读 heading a book's chapter, then over its pages after each page number:
            # the heading once, the chapter's running header where it stands by a break
            by_break = [i for i in where if _next_to(lines, i, marks)]
            if count >= 3 and len(by_break) >= count - 1 and len(key) >= 8:
                found.update(by_break)
            continue
        cells = SPACED_CELLS.split(lines[where[0]].strip())
        if len(cells) >= 2 and names_field(cells[0]):
            continue  # 支持方式        前资助: a field set out as a row, stated twice
        near_break = sum(1 for i in where if _next_to(lines, i, marks))
        if near_break >= 1 and (count >= 3 or near_break >= 1):
            found.update(where)
    # a printer's slug at each sheet's head (…拼版　第2张正面　P14 | P3　2024/3/18 16:05):
    # the same opening, its sheet and pages different, next to a page number (mostly: the
    # covers are not numbered)
    openings: dict[str, list[int]] = {}
    for index, text in enumerate(lines):
        if len(text) > 2 * _SLUG_OPENING and "\t" not in text:
            openings.setdefault(text[:_SLUG_OPENING], []).append(index)
    for opening, where in openings.items():
        if len(where) >= 3 and classify_text(opening) is None \
                and not any("。" in lines[i] or classify_text(lines[i]) for i in where) \
                and sum(1 for i in where if _next_to(lines, i, marks)) >= 0.5 * len(where):
            found.update(where)
    return found


_SLUG_OPENING = 12
# A tiled watermark (泉城智能装备　内部资料 / 王晓鹏 80231 2025-03-14 09:27) read with the text:
# tiles set apart by wide runs of spaces, the same few again and again across the pages
_TILE_GAP = re.compile(r" {4,}|\u3000{3,}|\t")
_TILE_SIZE = (6, 40)
MIN_TILES = 6  # times a tile is printed
MIN_TILE_LINES = 3  # lines that are nothing but tiles


def _watermarks(lines: list[str]) -> tuple[set[int], dict[int, str]]:
    """The lines that are only a watermark's tiles, and the lines a tile was glued onto the end
    of (after a wide gap) with that tail cut off."""
    pieces = [[p.strip() for p in _TILE_GAP.split(text.strip())] if "  " in text
              or "\t" in text else [text.strip()] for text in lines]
    counts = Counter(p for parts in pieces if len(parts) >= 2 for p in parts  # (set apart)
                     if _TILE_SIZE[0] <= len(p) <= _TILE_SIZE[1])
    tiles = {p for p, n in counts.items() if n >= MIN_TILES
             and not re.search(r"[。；;！？!?]", p) and classify_text(p) is None}  # (09:27)
    if not tiles:
        return set(), {}
    whole = {i for i, parts in enumerate(pieces) if parts and all(p in tiles for p in parts)}
    if len(whole) < MIN_TILE_LINES:
        return set(), {}
    glued: dict[int, str] = {}
    for index, parts in enumerate(pieces):
        if index not in whole and len(parts) >= 2 and parts[-1] in tiles:
            text = lines[index]
            glued[index] = text[:text.rstrip().rfind(parts[-1])].rstrip()
    return whole, glued


def _next_to(lines: list[str], index: int, marks: set[int]) -> bool:
    """Is the line within two non-empty lines of a page number?"""
    for step in (-1, 1):
        seen, j = 0, index + step
        while 0 <= j < len(lines) and seen < 2:
            if j in marks:
                return True
            if lines[j]:
                seen += 1
            j += step
    return False


# ----------------------------------------------------------------------- headings


def classify(line: Line) -> Heading | None:
    """The heading this line is, if it is written as one (bare headings are decided later)."""
    if line.table or line.continued:
        return None
    heading = classify_text(line.text)
    if heading is not None and heading.style == "a)" and read_label(line) is not None:
        return None  # a)　事项代码：FT24-A01 / b)　项目类别：A类: a clause's lettered terms
    if heading is None and line.indent_depth and title_like(line.text):
        # an indented title in an outline shown only by indentation: its depth is its style
        return Heading(f"mark:indent{line.indent_depth}", LEVELS["bare"], None, None,
                       line.text.strip(), code=find_code(line.text))
    if heading is None and line.heading_depth and title_like(line.text):
        # ## 先进制造与新材料: a heading the writer marked without a number (an ODF outline
        # level, a Markdown #): its depth is its level
        return Heading(f"md#{line.heading_depth}", _MARKED_LEVELS.get(line.heading_depth, 3.7),
                       None, None, line.text.strip(), strong=True, code=find_code(line.text))
    if heading is not None and line.heading_depth:
        # #### 1. 重点项目 over the list items 1. 2. under it: one numbering, two depths — the
        # marked heading a style of its own, a step above the items numbered like it
        # (01　title: a number and a space says no depth of its own; the mark says it)
        # (01 ⏎ title under a badge: no depth of its own either)
        level = _MARKED_LEVELS.get(line.heading_depth, 3.7) if heading.style in ("1 ", "01 ") \
            else heading.level
        return replace(heading, style=f"{heading.style}#{line.heading_depth}",
                       level=level - 0.05, strong=True)
    return heading


_MARKED_LEVELS = {1: LEVELS["一、"], 2: LEVELS["(一)"], 3: LEVELS["1."], 4: LEVELS["1.1"]}


# 1．冷柜…应用技术研究（MQ2024-GY01），重点开展…: a title its code ends, the sentence after it
# its body (as if the code closed the title with a full stop)
# (方向1　烤烟…技术集成（SX26NG01）：每项资助…: a keyword's heading, the body after a colon)
_CODED_HEAD_COMMA = re.compile(r"^(?P<head>\s*(?:\d{1,2}\s*[.．、]|\d{1,2}-\d{1,2}[\s\u3000]"
                               r"|(?:子?方向|课题|专题|榜单)\s*\d{1,2}(?:-\d{1,2})?\s*[:：、.．\s\u3000])"
                               r"\s*[^，,。；;：:]{4,60}?"
                               r"[（(](?:[\u4e00-\u9fff]{0,4}(?:代码|编号)[:：]?\s*)?"
                               r"[A-Za-z][A-Za-z0-9\-]{3,20}[）)])\s*[，,：:]")


# （需求来源：根子镇荔枝专业合作社联合社）: who raised the need, closing a heading — neither its
# office nor its title
# (（发榜企业：…合作社联合社）: who posts a 榜单, closing its title the same way)
_PROVENANCE = re.compile(r"\s*[(（](?:(?:需求|技术需求)?(?:来源|提出单位|提出方|单位来源)"
                         r"|发榜(?:企业|单位|方))\s*[:："
                         r"][^()（）]{2,40}[)）]\s*$")


_CORNER_LEAD = re.compile(r"^\s*「(?P<inner>[^」]{1,20})」")


# 1．钢渣微粉高效制备…技术（ZH24GY01）——针对…，研究…。考核指标：…: a title an em dash
# runs on into its body, a direction on one line
_DASHED_HEAD = re.compile(r"^(?P<head>\s*(?:\d{1,2}\s*[.．、]|[(（]\s*\d{1,2}\s*[)）])\s*"
                          r"[^，,。；;—]{4,60}?)\s*——\s*(?=[^—\s]{8})"
                          # (its code closing the title: the dash ends it, whatever follows —
                          # a page width may leave nothing after it)
                          r"|^(?P<coded>\s*(?:\d{1,2}\s*[.．、]|[(（]\s*\d{1,2}\s*[)）])\s*"
                          r"[^，,。；;—]{4,60}?[（(][A-Za-z][A-Za-z0-9\-]{3,20}[）)])\s*——")


_CODE_SPACE_BODY = re.compile(r"^(?P<head>[^。；;]{4,80}?[(（]"
                              r"(?:[^()（）]{0,8}?(?:代码|编号)[:：]\s*)?"
                              r"[A-Za-z][A-Za-z0-9\-]{3,20}(?:[，,；;][^()（）]{1,20})?[)）])"
                              r"[ \u3000]+(?=[^\s\u3000]{8})")


_TITLE_SPACE_OWN = re.compile(r"^(?P<head>\s*(?:\d{1,2}(?:-\d{1,2}){1,2}|\d{1,2}\s*[.．、])\s*"
                              r"[^\s，,。；;：:]{4,40})[ \u3000]+"
                              r"(?=(?:本(?:方向|子方向|专题|项目)|榜单|具体|该(?:方向|项目|榜单)|拟支持"
                              r"|每项)[^。]{2})")


# 方向1 辣椒采收　□方向2 副产物利用: after the first box, the directions a receipt lets one tick
_TICKED_DIRECTIONS = re.compile(r"^(?:子?方向|课题|专题|榜单)\s*[\d一二三四五六七八九十]"
                                r".*?[\s\u3000]□(?:子?方向|课题|专题|榜单)")
_SPACED_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})(?:\u3000+| {2,})(?=\S)")
_PADDED_ITEM = re.compile(r"^0\d[ \u3000]+(?=[^\s\d]|\d{1,3}[A-Za-z\u4e00-\u9fff])")
# [▶ 继续学习] / ［▷ 播放］: a mark inside square brackets, the whole line — a page's button
_BUTTON = re.compile(r"^\s*[\[［]\s*[■□◆◇▲△▼▽●○★☆►▶◎◉※▸▹▷][^\[\]［］]*[\]］]\s*$")


# 下面播送第一类，农业科技攻关项目。: a call read out, its part announced (the lead-in goes)
_ANNOUNCED = re.compile(r"^\s*(?:下面|接下来|现在)(?:播送|介绍|说说?|讲讲?|来看)(?:一下)?\s*(?=第)"
                        # (对。子方向一，是“…”: a guest's answer, its first word a nod)
                        r"|^\s*(?:对|好的?|嗯|是的|没错)[。，,！!]\s*(?=第|子方向|方向|课题|专题)")
# 第一个方向，枇杷绿色高效栽培与精深加工技术。: a direction counted aloud, its title one clause
_COUNTED_ALOUD = re.compile(r"^(?P<lead>\s*)第(?P<n>[一二三四五六七八九十\d]{1,3})个"
                            r"(?P<kw>子方向|方向|课题|专题)(?=[，,][^，,。；;]{2,40}。?$)")
# …项目执行期不超过18个月。 after 子方向（2）: a term of the item the number names, no title
_RULE_OF_ITEM = re.compile(r"^\s*(?:项目)?(?:执行期|实施期限?|实施周期"
                           r"|资助(?:额度|金额|标准)?(?:为|不超过|最高)|拟支持|申报单位须|须由|应由)")
# 方向一：是“纺织服装智能制造…技术”，指南代码JX25GG01。…: the title said in quotes, its code
# after it
_QUOTED_TITLE = re.compile(r"^[：:，,]?\s*是\s*[“\"](?P<title>[^”\"]{2,40})[”\"]\s*"
                           r"(?:[，,]\s*(?P<code>(?:指南)?(?:代码|编号)\s*[:：]?\s*"
                           r"[A-Za-z][A-Za-z0-9\-]{3,20}))?\s*[。，,]?\s*(?P<body>.*)$")
# …，食品与农产品精深加工。 after the number said: the title a pause before it, a stop after
_SAID_TITLE = re.compile(r"^[，,]\s*(?P<title>[^，,。；;]{2,40}?)。?$")


# 摘录自指南“…” / 节选自…: where the quoted text below comes from, no title
_EXCERPT_TAG = re.compile(r"^(?:摘录|摘|录|节选|选|引|转引|转录)自")
# 晴 2～15℃ / 东北风3～4级: a reading of the weather, what a forecast's rows hold
_WEATHER = re.compile(r"^[\u4e00-\u9fff]{0,4}\s*-?\d+(?:\.\d+)?\s*"
                      r"(?:[～~\-—至到]\s*-?\d+(?:\.\d+)?\s*)?(?:℃|°C|级)$")


@lru_cache(maxsize=8192)  # a line is asked about many times (look-ahead, several passes)
def classify_text(text: str) -> Heading | None:
    """The heading a line is, if any (see `_classified`); a heading said aloud (子方向一，…。)
    titled without the pause and the stop around its title."""
    text = _COUNTED_ALOUD.sub(r"\g<lead>\g<kw>\g<n>", _ANNOUNCED.sub("", text), count=1)
    heading = _classified(text)
    if heading is None or not heading.number:
        return heading
    if heading.keyword and _WEATHER.match(heading.rest):
        return None  # 方向一 晴 2～15℃: a weather box's rows, no direction
    if heading.keyword and _EXCERPT_TAG.match(heading.rest):
        return None  # 方向03　摘录自指南“三、支持方向”（一）: a record's band over what it quotes
    if heading.keyword and _RULE_OF_ITEM.match(heading.rest):
        return None  # 子方向（2）项目执行期不超过18个月。: a rule for an item named above
    quoted = _QUOTED_TITLE.match(heading.rest) if heading.keyword else None
    if quoted is not None:  # 方向一：是“纺织服装…技术”，指南代码JX25GG01。主要支持…
        code = f"（{quoted['code']}）" if quoted["code"] else ""
        body = f"。{quoted['body']}" if quoted["body"].strip() else ""
        rest = f"{quoted['title']}{code}{body}"
        return replace(heading, rest=rest, code=heading.code or find_code(rest))
    said = _SAID_TITLE.match(heading.rest)
    return heading if said is None else replace(heading, rest=said["title"])


# 【00:06:10—00:15:30】第二板块：…: a recording's segment, its time code before its name
_SEGMENT_TIME = re.compile(r"^\s*[【\[［]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[—\-–~～至]+\s*"
                           r"\d{1,2}:\d{2}(?::\d{2})?\s*[】\]］]\s*(?=\S)")


def _classified(text: str) -> Heading | None:
    text = _CODED_HEAD_COMMA.sub(r"\g<head>。", _PROVENANCE.sub("", _SEGMENT_TIME.sub("", text)))
    if "——" in text:
        text = _DASHED_HEAD.sub(lambda m: (m["head"] or m["coded"]) + "。", text, count=1)
    # (▶子方向1-1｜深远海…（指南代码：LY25ZD01-1） 研发适用于…: a message's heading, its code, then
    # the body after a space)
    text = _CODE_SPACE_BODY.sub(r"\g<head>。", text, count=1)
    # (1-3 智能制造与数字化转型 本方向下设两个子方向，…: an uncoded title, a space, its own words)
    text = _TITLE_SPACE_OWN.sub(r"\g<head>。", text, count=1)
    if _BUTTON.match(text):
        return None  # [▶ 继续学习　上次看到 第2课 06:41]: an app's button, no heading
    if text.lstrip().startswith("「"):  # 「领域一」…, 「XM2201」…: corner brackets as 【】
        text = _CORNER_LEAD.sub(r"【\g<inner>】", text, count=1)
    framed = _DASH_FRAMED.match(text.strip())
    if framed:  # ——星村镇—— (…各拟支持1项): a group set between rules, what it says after it
        rest = framed["rest"] + (framed["tail"] or "")
        return Heading("——", LEVELS["group"], None, None, rest, kind="group", strong=True)
    circled = _CIRCLED_SUB.match(text.strip())
    if circled:
        return _numbered("①-1", text, circled)
    circled = _CIRCLED.match(text.strip())
    if circled:  # before folding: NFKC turns ① into 1
        return _numbered("①", text, circled)
    dingbat = _DINGBAT.match(text.strip())
    if dingbat:
        return _numbered("❶", text, dingbat)
    segment = _SEGMENT_LEAD.match(text.strip())
    if segment:  # 片段02　一、农业科技攻关类（农业科技股）: a programme's segment, then its part
        inner = classify_text(segment["rest"])
        if inner is not None and inner.number is not None and inner.keyword is None:
            return inner
    tagged = LEADING_TAG.match(text.strip())
    if tagged:  # 〔重点〕1．…: a class's tag set before the number
        inner = classify_text(tagged["rest"])
        if inner is not None and inner.number is not None:
            return inner
    told = _BRACKETED_THEN.match(text.strip())
    if told and (inner := classify_text(told["inner"])) is not None and inner.number \
            and inner.rest and title_like(inner.rest):  # (not 【方向1】…: the keyword's own)
        # 【一、重点研发专项】（归口：…）/ 【四、…专项】今年暂不受理，…: its office, or what
        # it says, after the brackets
        after = told["after"] if told["after"].startswith(("（", "(")) else f"。{told['after']}"
        return classify_text(told["inner"] + after)
    named = BRACKETED_PLAN_OFFICE.match(text.strip())
    if named and title_like(named["inner"]):
        # 【重点研发计划】（归口：科技股）: a plan named in brackets, its office after them
        return Heading("【计划】", LEVELS["plan"], None, None, named["inner"] + named["office"],
                       kind="plan", strong=True)
    bracketed = _BRACKETED_HEADING.match(text.strip())
    if bracketed:  # 【二、支持重点】: a numbered heading set in brackets
        inner = classify_text(bracketed["inner"])
        if inner is not None:
            return inner
        if STAGE_TAG.fullmatch(text.strip()) and LAYOUT_ZONE.match(bracketed["inner"]):
            # 【左栏·小贴士】: a zone of a blackboard or a page, beside whatever came before it
            return Heading("【栏】", LEVELS["group"], None, None, bracketed["inner"], kind="group")
        if STAGE_TAG.fullmatch(text.strip()):  # 【上游·核心材料与关键元器件】: a stage of a chain
            return Heading("【·】", LEVELS["【·】"], None, None, bracketed["inner"], kind="group")
        inner_title = bracketed["inner"].strip()
        if NUMBERED_PLAN_WORDS.search(inner_title) and title_like(inner_title) \
                and not re.search(r"[，,。；;：:]", inner_title):
            # 【重点研发计划】 alone on its line over ▶ 方向一：…: a plan named in brackets
            return Heading("【计划】", LEVELS["plan"], None, None, inner_title, kind="plan",
                           strong=True)
        if (code := find_code(inner_title)) is not None and title_like(inner_title) \
                and len(strip_brackets(inner_title)) >= 4:
            # 【棉花全程机械化采收提质（代码：HTB26-NY01）】: a slide's title, a direction by its
            # code
            return Heading("【方向】", LEVELS["direction"], None, None, inner_title,
                           kind="direction", strong=True, code=code)
    chained = _CHAIN_TAG.match(text.strip())
    if chained and title_like(chained["rest"]):  # 【创新链】研发平台…（…）: a chain unnumbered
        return Heading("kw:产业链", LEVELS[KEYWORDS["产业链"]], None, None, chained["rest"],
                       keyword="产业链", kind=KEYWORDS["产业链"], strong=True)
    step = _BOXED_STEP.match(text.strip())
    if step and title_like(step["rest"]):
        # 【节点4-A】制造业企业: a script's step or a manual's part, named in brackets by a word
        # and its number — a group of what follows
        step_number = tuple(int(p) if p.isdigit() else ord(p) - 64
                            for p in step["num"].split("-"))
        return Heading(f"【{step['kw']}】", LEVELS["group"], step_number, step["num"], step["rest"],
                       kind="group", strong=True)
    marked = _MARKED.match(text.strip())
    if marked:  # ■ 重点研发计划 / ◆ 先进制造 / ▲ [YX2023ZD01] 磷酸铁锂…
        rest = marked["rest"].strip()
        if marked["mark"] == "□" and _TICKED_DIRECTIONS.match(rest):
            return None  # □方向1 辣椒采收　□方向2 …: a form's boxes to tick, no heading
        if _BULLETED_RULE.match(rest) and find_code(rest) is None:
            return None  # ▷项目执行期一般不超过2年。 / ▷本组拟支持6项。: a group's rule, no title
        inner = classify_text(rest)
        if inner is not None and (inner.keyword is not None or inner.style.startswith("part:")):
            # ■ 方向1　富硒茶精深加工: a keyword heading set after a bullet (■ 第2课　…: a part)
            return inner
        if inner is not None and (inner.style in ("1.1", "1.1.1", "1-1", "1-1-1", "A.", "a.",
                                                   "a)", "(A)")
                                  or (inner.style == "一、" and marked["mark"] == "★")):
            # ▷4.1　生产设备联网…: a direction's part, its number says so (▶ A. 产学研合作项目:
            # lettered, beside ▶ 方向①：…: the letter is its number, no word of its title)
            return inner
        if _TEMPLATE_CODE.search(rest):
            return None  # 卡头格式为： ⏎ ◇卡号　方向名称（指南代码）。: the format, no heading
        if _ASIDE_TITLE.match(rest):
            return None  # ★ 温馨提示 / ★★★ 划重点 ★★★ among ★ 方向01…: an aside, no heading
        if inner is not None and inner.style in ("01 ", "A1", "A1-1", "第N项") \
                and inner.number is not None:
            # ■01　工业软件与智能算法 / ◇A1　阀门…攻关（QT24-GY01）: the bullet's item numbered
            # (a card's letter and number; ◎第1项　…, its ordinal; ▌A1-1 …, a topic's item),
            # the number no word of its title
            rest = inner.rest
        if inner is None and (padded := _PADDED_ITEM.match(rest)) is not None:
            rest = rest[padded.end():]  # ▲01　LED虚拟摄制…: the bullet's item numbered 01
        if inner is not None and inner.style == "code" and inner.code is not None:
            # ○ LS25-GG01　生物药…研发: a list's option, its code before its title
            return Heading("mark:" + marked["mark"].translate(_FILLED), LEVELS["bare"], None,
                           None, inner.rest, code=inner.code, kind="direction", strong=True)
        code = find_code(rest)
        if not title_like(rest):
            # ◆ 面向…，开展…研究（YC26ZD0101）。: a one-sentence direction, its code at the end
            ending = CODE.search(rest)
            if code is None or ending is None or rest[ending.end():].strip(" 。.") \
                    or len(rest) > 160:
                return None
            rest = rest[:ending.start()].strip() + rest[ending.start():ending.end()]
        # (□ among ■, ◇ among ◆: the hollow mark of the same list — an item that is closed,
        # or funds nothing — not a level below)
        return Heading("mark:" + marked["mark"].translate(_FILLED), LEVELS["bare"], None, None,
                       rest, code=code)
    norm = _plain_keyword(normalise(text).strip())
    program = _PROGRAM.match(norm)
    if program:  # written as the keyword heading it is: 专项1：重点研发专项
        number = program["num"] if program["num"].isdigit() else str(ord(program["num"]) - 64)
        norm = f"专项{number}：{_ENGLISH_TAIL.sub('', program['rest'])}"
        text = norm
    norm = _FINANCIAL_NUMBER.sub(lambda m: m[0].translate(_FINANCIAL), norm)
    if norm.startswith("〇"):  # 〇一　生态茶园…: a zero-padded number in Chinese numerals
        norm = _CN_PADDED.sub(lambda m: f"0{chinese_to_int(m['n'])}", norm, count=1)
    # (Ｃ１之一　无人值守城市书房: the first part of C1, numbered as C1-1 would be)
    # (5.3-乙: the second part of 5.3, numbered as 5.3.2 would be)
    # (壹之一　离子型稀土…: part 壹's first, as 1-1)
    norm = _ZHI_PART.sub(lambda m: f"{_zhi_head(m['head'])}{'.' if '.' in m['head'] else '-'}"
                         f"{_part_number(m)}", norm, count=1)
    norm = _HASH_PART.sub(lambda m: f"{m['head']}-{_lettered_part(m['part'])} ", norm, count=1)
    article = ARTICLE.match(norm)
    if article:  # 第八条　工业与数字经济领域（归口科室：…）: an article that is a heading
        rest = _tail(text, article["rest"])
        captioned = _ARTICLE_CAPTION.match(rest)
        if captioned is not None and not ARTICLE_RULE.search(captioned["caption"]) and (
                not captioned["body"] or captioned["body"].rstrip().endswith(("：", ":"))
                or _FUNDED_CAPTION.search(captioned["caption"])):
            # 第四条（农业领域重点研发方向）　由…管理，支持以下方向：: a legal-style caption
            # names the article; what follows is its body
            rest = f"{captioned['caption']}。{captioned['body']}" if captioned["body"] \
                else captioned["caption"]
            return Heading("part:条", LEVELS["plan"] + 0.5, _number(article["num"]),
                           article["num"], rest, strong=True, code=find_code(rest))
        # 第四条　重点研发计划项目（归口科室：…）重点支持以下方向：: the heading of the list
        listing = ARTICLE_LISTING.match(rest)
        if listing is not None and title_like(listing["head"]):
            rest = listing["head"]
        if not rest or not title_like(rest) or (
                any(ch in strip_brackets(rest) for ch in TERMINAL) and not _award_article(rest)
                and not _titled_article(rest)) \
                or len(normalise(strip_brackets(rest)).split("。", 1)[0]) > ARTICLE_TITLE \
                or ARTICLE_RULE.search(re.split(r"[。；;，,]", strip_brackets(rest))[0]):
            return None  # 第七条　重点研发计划围绕… / 第十一条　…项目须由企业牵头申报。: a rule
        return Heading("part:条", LEVELS["plan"] + 0.5, _number(article["num"]),
                       article["num"], rest, strong=True, code=find_code(rest))
    half = _HALF_PART.match(norm)
    if half:  # 上篇　科技计划项目 ⏎ … ⏎ 下篇　科技奖补事项: a document in two halves (补篇 added)
        return Heading("part:篇", LEVELS["part"], ("上中下补续".index(half["num"]) + 1,),
                       half["num"], _tail(text, half["rest"]), strong=True)
    titled = _NAMED_PART.match(norm)
    if titled:  # 日志第1篇 alone between a log's ━━━ rules: its day's entry
        return Heading("part:篇", LEVELS["part"], _number(titled["num"]), titled["num"],
                       text.strip(), strong=True)
    match = _PART.match(norm) or _PART_WORD.match(norm)
    if match and match["word"] in ("类", "项") \
            and ARTICLE_RULE.search(re.split(r"[。；;，,]", match["rest"].lstrip("，, "))[0]):
        return None  # 第8项须由企业牵头；第（三）类…: a clause of a standards line, cut there
    if match and match["word"] in ("批", "组") and (
            re.search(r"[，,；;]", match["rest"]) or match["rest"].rstrip().endswith("。")):
        return None  # 第一批项目均为…，采取前资助方式…。: a sentence about the batch
    if match:
        number = _number(match["num"])
        # 第一节 in 第一章; 第1组 in 第二部分 (a quiz bank's groups of questions, one a direction)
        level = LEVELS["part"] + {"节": 0.25, "组": 0.5}.get(match["word"], 0.0)
        rest = _tail(text, match["rest"])
        if match["word"] == "讲" and (not _CLASS_TALK.search(strip_brackets(rest))
                                      or "分钟" in rest) \
                and not _CASE_TAUGHT.search(rest):  # (…项目（约4分钟）: one item's talk)
            # 第1讲　…攻关（约8分钟）: a talk's item, a direction each (第三讲　农业与社会发展科技
            # 项目: a class of them, its 【方向3-1】… under it)
            return Heading("第N讲", LEVELS["direction"], number, match["num"], rest,
                           strong=True, code=find_code(rest))
        if match["word"] == "榜":  # 第1榜　高强韧…材料开发: a 揭榜挂帅 list's 榜单
            return Heading("第N榜", LEVELS["direction"], number, match["num"], rest,
                           kind="direction", strong=True, code=find_code(rest))
        if match["word"] == "项" and ((code := find_code(rest)) is not None or (
                match["num"].isdigit() and not NUMBERED_PLAN_WORDS.search(rest))):
            # 第1项　宣威火腿低盐…研究（编号：XW25-CY01）: an item of a list, coded as a direction
            # is, and so is 第1项　汽车关键零部件研发 counted in digits (第一项　重点研发专项
            # without a code is a part of the document)
            return Heading("第N项", LEVELS["direction"], number, match["num"], rest, strong=True,
                           code=code)
        return Heading("part:" + match["word"], level, number, match["num"],
                       _ENGLISH_TAIL.sub("", rest) if match["word"].lower() == "part" else rest,
                       strong=True)
    match = _LEVELED.match(norm)
    if match:  # 二级方向1.2：…: the level said in words
        depth = "一二三四".index(match["lv"])
        kind: Kind = ("group", "direction", "sub", "sub")[depth]
        rest = _tail(text, match["rest"])
        return Heading(f"kw:{match['lv']}级", (LEVELS[kind], LEVELS["direction"], LEVELS["sub"],
                                                LEVELS["1)"])[depth],
                       _number(match["num"]), match["num"], rest, keyword=match["kw"], kind=kind,
                       strong=True, code=find_code(rest))
    match = _KEYWORD.match(norm)
    if match and _keyword_heading(match):
        return _keyword(text, match)
    tagged = _CATEGORY_TAG.match(text.strip())
    if tagged:  # 【一级类别】产业技术攻关项目 / 【项目类别】…: a system's drop-down levels
        upper = tagged["level"] in (None, "一级") and tagged["word"] != "项目类别"
        # (under the page's own 一、 sections: the steps of its guide hold them)
        return Heading("【类别】" + (tagged["level"] or "") + tagged["word"],
                       LEVELS["(一)"] if upper else LEVELS["(一)"] + 0.25, None, None,
                       tagged["rest"].strip(), kind="plan" if upper else "group", strong=True)
    match = _CODE_LED.match(text.strip())
    led = match and re.sub(r"^(?:榜单|课题|专题)\s*[:：]\s*(?=\S)", "",
                           match["rest"] or match["brest"] or "")  # (D-01　榜单：…)
    counted = match is not None and match["digits"] is not None \
        and not match["digits"].startswith("0") \
        and re.match(r"(?:年|月|日|例|个|项|人|万|元|亩|吨)", led or "")  # 1000 例临床样本
    # (0102　人工智能行业应用: a zero-led code, never a count)
    if match and led and re.search(r"[\u4e00-\u9fff]", led) and title_like(led) and not counted:
        # (A-01　化妆刷…（指南代码：LY26-A01）: the item's number first, its code the labelled one;
        # D-01　榜单：…: the kind said before the title)
        # (H-01　长输热网…技术（HLGL24GR01）: the item's number first, its code in brackets at
        # the end, labelled or not)
        labelled = find_code(led) if re.search(r"(?:代码|编号)\s*[:：]", led) \
            or _CODE_CLOSING.search(led) else None
        return Heading("code", LEVELS["direction"], None, None, led.strip(), kind="direction",
                       strong=True,
                       code=labelled or match["code"] or match["digits"] or match["bcode"])
    match = _NAMED.match(norm)
    if match and re.search(r"[；;]\s*(?:[\u4e00-\u9fff]{2,8}(?:[:：]|$)|$)", match["rest"]):
        return None  # 项目名称：…服务；本项目预算金额：9.8万元；…: a record's values, one a name
    if match:
        written: str | None = match["num"] or match["pnum"]
        rest = _tail(text, match["rest"])
        numbered = re.match(r"^(?P<num>\d{1,2})\s*[.、．]\s*(?P<rest>\S.*)$", rest)
        if written is None and numbered is not None:  # 方向名称：1.煤基高端碳材料
            written, rest = numbered["num"], numbered["rest"]
        return Heading("kw:名称", LEVELS["direction"], _number(written) if written else None,
                       written, rest, keyword="名称", kind="direction", strong=True,
                       code=find_code(rest))
    match = _CN_DECIMAL.match(norm)
    if match:  # (二.1.3.1: a level a decimal)
        return _numbered(("一.1", "一.1.1", "一.1.1.1")[match["num"].count(".")], text, match)
    # (〈2〉之一　电动童车…: the first part of 〈2〉, as 〈2·1〉 numbers it)
    norm = _ANGLED_ZHI.sub(lambda m: f"〈{m['n']}·{chinese_to_int(m['part'])}〉", norm, count=1)
    for style, pattern in (("(一)-1", _CN_PAREN_PART), ("(一)", _CN_PAREN), ("【一】", _CN_BOX),
                           ("一、", _CN_DUN),
                           ("一　", _CN_SPACED),
                           ("1.1", _DECIMAL), ("1.", _ARABIC), ("1 ", _ARABIC_SPACE),
                           ("(1)", _ARABIC_PAREN),
                           ("1)", _ARABIC_HALF), ("一)", _CN_HALF), ("a)", _LETTER),
                           ("a)", _LETTER_PAREN), ("a)-1", _LETTER_PAREN_PART),
                           ("a)", _GLYPH_LETTER),
                           ("a.", _LETTER_DOT),
                           ("i.", _ROMAN_LOWER), ("A.", _CAPITAL),
                           ("(A)", _CAPITAL_PAREN), ("A1", _LETTER_DIGIT),
                           ("A1", _LETTER_DIGIT_PAREN), ("A1-1", _LETTER_DIGIT_PART),
                           ("A1", _LETTER_DIGIT_BOXED), ("A1-1", _LETTER_DIGIT_PART_BOXED),
                           ("I、", _ROMAN),
                           ("【1】", _BLACK_NUMBER), ("甲、", _STEM), ("No.", _NUMERO),
                           ("1#", _HASH_NUMBER), ("§1", _SECTION_SIGN), ("(子)", _BRANCH),
                           ("子-1", _BRANCH_PART), ("Ⓐ", _ENCIRCLED), ("Ⓐ-i", _ENCIRCLED_PART),
                           ("〈1〉", _ANGLED), ("I/01", _SLASHED), ("01/08", _OUT_OF),
                           ("词Ⅰ", _WORD_ROMAN),
                           ("一是", _SHI), ("1-1", _HYPHENED), ("1-1", _ROMAN_HYPHENED),
                           ("1-A", _HYPHEN_LETTERED), ("1-1", _PAREN_HYPHENED),
                           ("计划-01", _PATHED), ("计划-01", _PLACE_NUMBERED),
                           ("A ", _CAPITAL_SPACE), ("a ", _LETTER_SPACE), ("A类", _CLASS_HEAD),
                           ("A类", _BOXED_LETTER),
                           ("A-I", _LETTER_ROMAN), ("其一", _QI), ("1A", _DIGIT_LETTER),
                           ("I、", _ROMAN_SPACED), ("IA", _ROMAN_LETTERED)):
        if pattern in (_ROMAN_SPACED, _ROMAN_LETTERED) and text.strip()[:1] not in UNICODE_ROMAN:
            continue  # (X 射线…, IA 类: Latin letters, no number set in Roman numerals)
        # (（a）: the full-width bracket as written, which folding would lose)
        # (4 项目申报: folding joins a number to 项 as a count; the space as written says more)
        match = pattern.match(text.strip().translate(_PAREN_LETTERS)
                              if pattern in (_LETTER_PAREN, _LETTER_PAREN_PART)
                              else text.strip() if pattern in (_ENCIRCLED, _ENCIRCLED_PART,
                                                               _WORD_ROMAN, _GLYPH_LETTER)
                              else norm)
        if match is None and pattern is _ARABIC_SPACE:
            match = pattern.match(unicodedata.normalize("NFKC", text.strip()))
        if match is not None and pattern is _CN_SPACED \
                and not _WIDE_AFTER_NUMERAL.match(text.strip()):
            continue  # (三 是要…: a numeral a single space apart from words, no heading)
        if match:
            if pattern is _ANGLED and re.search(r"[·.]", match["num"]):
                style = "〈1·1〉"  # 〈2·1〉: a part of 〈2〉
            if pattern is _SLASHED and match["num"][-1].isalpha():
                style = "I/01a"  # Ⅰ/03a: a part of Ⅰ/03
            if pattern is _ROMAN_LETTERED and "-" in match["num"]:
                style = "IA-1"  # ⅠA-1: a direction of group ⅠA
            if style == "A-I" and match["num"].count("-") == 2:
                style = "A-I-1"
            if pattern in (_ROMAN_HYPHENED, _HYPHENED) and (
                    match["num"].count("-") == 2 or match["num"][-1].isalpha()):
                style = "1-1-1"  # Ⅱ-2-1, 1-3-1, 1-2A: a part of direction Ⅱ-2, 1-3, 1-2
            if style == "1." and match["sep"] == "、":
                style = "1、"
            if style == "1 " and (match["num"].startswith("0")
                                  or (len(match["num"]) == 2 and ZERO_PADDED.get())):
                style = "01 "  # 01　智能装备关键技术: a direction's zero-padded number (and
                # 10, 11 after 09, where the document pads its numbers so)
            if pattern in (_BLACK_NUMBER, _PAREN_HYPHENED, _NUMERO) and "-" in match["num"]:
                # (【1-2】…, （1-3-A）…: a part's number in brackets, as 1-2 and 1-3-1 are)
                style = "1-1" if match["num"].count("-") == 1 else "1-1-1"
            if style == "1.1" and match["num"].count(".") >= 2:  # (2.1.1.1: four levels)
                style = "1.1.1" if match["num"].count(".") == 2 else "1.1.1.1"
            heading = _numbered(style, text, match)
            if pattern is _LETTER_PAREN_PART and heading is not None:  # (b-1, as ⒝-1 shows)
                heading = replace(heading, number_text=match["num"].replace("）", ""))
            if pattern is _CN_PAREN_PART and heading is not None:  # (二-1, as ㈡-1 shows)
                heading = replace(heading, number_text=re.sub(r"[\s)）]", "", match["num"]))
            if pattern is _GLYPH_LETTER and heading is not None:  # (i, as ⒤ shows)
                heading = replace(heading, number_text=chr(ord(match["num"]) - 0x249C + 97))
            return heading
    return None


_BRACKETED_KEYWORD = re.compile(  # (〔专项一〕…: the tortoise-shell brackets a ledger uses)
    rf"^[【\[［〔]\s*(?P<kw>(?:指南|支持|重点)?(?:子方向|方向|子专题|专题|课题|子课题|榜单|领域|专项|计划|子任务|任务"
    # (【方向3-1】: a part's direction; 【分组一】: a 实施清单's group)
    rf"|产业链|创新链|分组|板块)\s*(?:[{CN}]+|\d+(?:[-.．]\d{{1,2}})?))"
    r"\s*[】\]］〕]\s*[:：]?\s*(?P<rest>.+)$")
# 【方向】中药材良种繁育…技术 / 【事项】…奖补 / 【项目】…: a card's item, its word alone in the
# bracket and its title after it (not 【方向】 alone, nor a sentence after it)
_BRACKETED_WORD = re.compile(r"^[【\[［]\s*(?P<kw>方向|事项|项目)\s*[】\]］]\s*"
                             r"(?P<rest>[^\s。；;，,:：][^。；;，,:：]{3,40})$")
# (农业方向①：…, 工业方向2：…: a field's directions numbered under its name)
# (not 一级方向1：…, a level of its own)
_PREFIXED_KEYWORD = re.compile(rf"^(?:指南|支持|重点|申报"
                               rf"|(?!子|细分|[{CN}]级)[\u4e00-\u9fff]{{2,4}}?)(?=方向\s*(?:[{CN}]+|\d+)\s*[:：])")
# 领域（一）先进制造, 专题(2) 新材料: the keyword's number in brackets
_BRACKET_NUMBER = re.compile(
    rf"^(?P<kw>领域|专题|专项|方向|子方向|课题|榜单|计划)\s*[(（]\s*(?P<num>[{CN}]{{1,3}}|\d{{1,2}})\s*[)）]"
    r"\s*[:：、.]?\s*(?=[^\s\d])")


def _plain_keyword(norm: str) -> str:
    """【方向1】标题, 指南方向1：标题 and 方向（1）标题 are written 方向1：标题 for the keyword
    rules."""
    match = _BRACKETED_KEYWORD.match(norm)
    if match:
        norm = f"{match['kw']}：{match['rest']}"
    elif (card := _BRACKETED_WORD.match(norm)) is not None:
        norm = f"方向：{card['rest']}"  # (a card's item, whichever word names it)
    norm = _BRACKET_NUMBER.sub(lambda m: f"{m['kw']}{m['num']}：", norm)
    norm = _COUNTED_PROGRAMME.sub(r"\g<kw>\g<num>", norm)  # 第二板块： as 板块二：
    return _PREFIXED_KEYWORD.sub("", norm)


# 第二板块：县重点研发计划（科技股）: the keyword counted with 第
_COUNTED_PROGRAMME = re.compile(rf"^第(?P<num>[{CN}]{{1,3}}|\d{{1,2}})(?P<kw>板块|专题|专项)"
                             r"(?=\s*[:：])")


LETTERED_PARTS = ("子方向", "子课题", "子任务", "子项目", "子专题", "子项")


# 不超过50万元…, 20～40万元, 最高20万元: an amount where a heading's title would stand
_AMOUNT_LED = re.compile(r"^\s*(?:(?:不超过|不高于|最高|最多|上限)\s*)?\d[\d.,]*\s*"
                         r"(?:[～~\-—至]\s*\d[\d.,]*\s*)?(?:万元|元|亿元|万(?![\u4e00-\u9fff]))"
                         r"|^\s*(?:奖补|补助|资助|贴息)?最高\d")


# 请判断… / 逐一列出… / 填写…表 / …？: what a course's task asks the student to do
_INSTRUCTION = re.compile(r"请|[？?]\s*$|^\s*(?:逐一|逐项)?(?:列出|填写|计算|判断|分析|说明|阅读"
                          r"|完成|撰写|讨论|比较|归纳)")


_CODE_CLOSING = re.compile(CODE.pattern + r"\s*$")  # (…技术（HLGL24GR01）: the code its end)
_CN_PADDED = re.compile(r"^〇(?P<n>[一二三四五六七八九])(?=[\s\u3000])")
# (Ａ３·甲　纸杯纸碗… / 5.3-乙　站场道岔… / 02-甲　双向车载…: its part by a heavenly stem)
_ZHI_PART = re.compile(r"^(?P<head>[A-H]\d{1,2}|\d{1,2}(?:\.\d{1,2})*|[一二三四五六七八九十]{1,3}"
                       r"|[甲乙丙丁戊己])"
                       # (甲·壹　…, folded 甲·一: class 甲's first, as 甲之一)
                       r"(?:(?:之|(?<=[甲乙丙丁戊己])[·・])(?P<n>[一二三四五六七八九十])"
                       r"|[·・\-－](?P<stem>[甲乙丙丁戊己]))"
                       r"(?=[\s\u3000])")


def _lettered_part(part: str) -> int:
    """a → 1, B → 2, 3 → 3, 乙 → 2: a part's letter, number or stem as its place."""
    if part in STEMS:
        return STEMS.index(part) + 1
    return int(part) if part.isdigit() else ord(part.lower()) - 96


def _zhi_head(head: str) -> str:
    """The head of a 之 part in digits where it is a Chinese numeral (三 of 三之二 → 3)."""
    if head in STEMS:  # (甲之一: class 甲's first)
        return str(STEMS.index(head) + 1)
    return str(chinese_to_int(head)) if head[0] in "一二三四五六七八九十" else head


def _part_number(match: re.Match[str]) -> int:
    """之一 → 1, ·乙 → 2."""
    if match["n"]:
        return chinese_to_int(match["n"]) or 0
    return _lettered_part(match["stem"])


def _keyword_heading(match: re.Match[str]) -> bool:
    """方向：… and 方向1：… are headings; 项目负责人… and 专项资金… are not."""
    keyword, number, sep = match["kw"], match["num"], match["sep"]
    if match["gcode"] and not number:  # 课题YC2019-01-01　高镍低钴…: coded, a heading
        return bool(match["rest"].strip()) and title_like(match["rest"].strip())
    if "由" in match["rest"] and CHANGED_FROM.search(match["rest"]):
        return False  # 方向9研发费用门槛由100万元提高到200万元: a change told, no heading
    if _AMOUNT_LED.match(match["rest"]) or re.match(r"\s*\d{4}\s*年\s*\d{1,2}\s*月", match["rest"]):
        return False  # 专题二：20～40万元 (a summary's line after the directions): no title
        # (事项05：2025年3月10日—4月10日；: when it is applied for, no title either)
    if keyword == "任务" and _INSTRUCTION.search(match["rest"]):
        return False  # 任务3：某企业…，请判断是否符合条件并说明理由。: an exercise, no direction
    if sep == "、" and re.match(rf"{keyword}\s*(?:[{CN}]|\d|[A-H](?![A-Za-z]))", match["rest"]):
        return False  # 任务5-1、任务5-2拟资助额度分别为…: names listed in a sentence
    if number and number.isascii() and number.isalpha():  # 子方向A：… (not 项目A类, 方向B级)
        # (专项A：产业关键技术攻关专项（…股负责）: a programme lettered, its name after a colon;
        # 板块Ａ　智慧图书馆…: or a wide space)
        gap = match.string[match.end("num"):match.start("rest")]
        return (keyword in LETTERED_PARTS or keyword in _LETTERED_PROGRAMMES) \
            and bool(match["rest"].strip()) and (sep in (":", "：") or (
                bool(gap) and not gap.strip() and title_like(match["rest"].strip())))
    if number and number in STEMS:  # 子方向甲　…: a part lettered by the heavenly stems
        return keyword in LETTERED_PARTS and bool(match["rest"].strip())
    if keyword == "方向":
        return bool(number or sep in (":", "：") or match["code"])
    if not number:
        return False
    if not sep and re.match(r"(?:由|采取|采用|实行)[\u4e00-\u9fff]", match["rest"]):
        return False  # 板块三由区科经信局创新服务科负责，…: a sentence about it, no heading
    # 专题1  高安全…（YBZD2601） and 课题2  硫化物… are headings (a space, then a title);
    # 专项2项, 专题3个 and 课题1研究… are not
    rest = match["rest"].strip()
    gap = match.string[match.end("num"):match.start("rest")]
    spaced = bool(gap) and not gap.strip()
    if not sep and not spaced and _SAID_OF_ITS_PARTS.match(rest):
        return False  # 专题二各方向企业…均可牵头申报。: a sentence about its directions
    if keyword in ("项目", "重大项目", "项目类型", "项目类别"):
        # (项目1　五金机电产业关键共性技术: spaced from its title, as a heading is set)
        return bool(rest) and (sep in (":", "：") or (
            spaced and not sep and number.isdigit() and title_like(rest)
            and not re.match(r"[项个家批类]", rest)))
    if re.fullmatch(rf"[{CN}]+", number):  # not 专项四类。… (four kinds of 专项)
        return bool(sep) or not re.match(r"[项个家批类]", match["rest"].strip())
    if keyword in ("计划", "专项", "专题", "榜单"):  # (专题4　家具智能制造…: spaced, a title)
        return bool(rest) and (spaced or not re.match(r"[项个家批类]", rest)) and (
            bool(sep) or (spaced and title_like(rest)))
    return bool(sep) or (spaced and bool(rest) and title_like(rest))


_LETTERED_PROGRAMMES = ("专项", "专题", "板块", "计划")
_SAID_OF_ITS_PARTS = re.compile(r"(?:各|所有|全部|每个)(?:子?方向|项目|课题|榜单)"
                                r"|(?:项目|方向)(?:均|须|应|一律)")


def _keyword(text: str, match: re.Match[str]) -> Heading | None:
    keyword = match["kw"]
    kind = KEYWORDS[keyword]
    rest = _tail(text, match["rest"])
    if keyword in TITLED_KEYWORDS and not title_like(rest):
        return None
    code = match["gcode"]
    if match["code"]:
        code = match["code"].strip("()（） ")
    number = _number(match["num"]) if match["num"] else None
    return Heading("kw:" + keyword, LEVELS[kind], number, match["num"], rest, keyword=keyword,
                   kind=kind, strong=True, code=code)


# Headings a bureau marks with a symbol instead of a number, each symbol a level of its own.
MARKS = "■□◆◇▲△▼▽●○★☆►▶◎◉※▍▌▪" \
    "➢➣➤➔➜➙➛➝➞➟➠➥➦➧➨▸▹▷❖✦✧◈☞"  # (Word's arrowhead bullets and their kin)
# (━ A 县级重点研发项目｜…: one stroke of a rule before a heading, a bullet like ■)
_RULE_STROKE = r"[━─](?=[ \u3000]+[^━─\s])"
# (Ø  飞防作业…: Word's arrow bullet as a converter without its font prints it — not Ø20 mm)
_WINGDINGS_ARROW = r"Ø(?=[ \u3000\t]+[\u4e00-\u9fff])"
# ■ 方向4…, – 资助额度…: an item
_ITEM_MARK = re.compile(rf"^(?:[{MARKS}]|{_RULE_STROKE}|[•▪◦·–-][ \u3000])")
_MARKED = re.compile(rf"^(?P<mark>[{MARKS}]|{_RULE_STROKE}|{_WINGDINGS_ARROW})\s*(?P<rest>\S.*)$")
# 项目执行期一般不超过2年。 / 本组拟支持6项。: one sentence of a rule, no money in it
# (◆ 自筹经费与区财政资助比例不低于1:1: a ratio's colon, no full stop, all the same)
_BULLETED_RULE = re.compile(r"^(?=[^。]*(?:不超过|不低于|不少于|须|应当?(?![用急对])|不得"
                            r"|均可(?:牵头|申报)|拟支持\d+项))(?:[^。；;:：元]|(?<=\d)[:：](?=\d)){4,40}。?$"
                            # (◆ 申报企业上年度研发费用不低于100万元: a threshold, no award)
                            r"|^[^。；;:：]{4,30}(?:不低于|不少于)\s*\d[\d.]*\s*万?元。?$")
_FILLED = str.maketrans("□◇△▽○☆", "■◆▲▼●★")
# ◇方向代码：…　◇支持方式：…: marks before labels, set in a row
# (◇资助标准——单项不超过30万元: a dash for the colon)
_MARKED_LABELS = re.compile(rf"(?P<gap>^|[\s\u3000]+)[{MARKS}]"
                            r"(?=[\u4e00-\u9fff]{2,8}\s*(?:[:：]|——(?!—)|--(?!-)))")
_BRACKETED_HEADING = re.compile(r"^[【\[［](?P<inner>[^】\]］]{2,40})[】\]］]$")
BRACKETED_PLAN_OFFICE = re.compile(r"^【(?P<inner>[\u4e00-\u9fff“”]{2,24}(?:计划|专项))】\s*"
                                   r"(?P<office>[(（](?:归口|责任|主管)[^()（）]{0,6}[:：]"
                                   r"[^()（）]{2,24}[)）])$")
_BRACKETED_THEN = re.compile(r"^【(?P<inner>[一二三四五六七八九十\d][^】]{1,40})】\s*"
                             r"(?P<after>[^【】\s].*)$")
# （指南代码）: where a code goes, in a heading's template
_TEMPLATE_CODE = re.compile(r"[(（](?:指南|方向|项目|申报)?(?:代码|编号|编码)[)）]")
_BOXED_STEP = re.compile(r"^【(?P<kw>节点|环节|步骤|流程|阶段|模块|单元|章节|篇章|栏目"
                         r"|知识点|考点|要点)"  # (【知识点3-3】: a handbook's point)
                         r"(?P<num>\d{1,2}(?:-(?:\d{1,2}|[A-H]))?)】\s*"
                         r"(?P<rest>[\u4e00-\u9fff“《].{1,30})$")
_CHAIN_TAG = re.compile(r"^[【\[［](?:产业链|创新链|供应链|人才链|资金链)[】\]］]"
                        r"\s*(?P<rest>[^\s:：].+)$")
# ■研究内容■　…: a label boxed between two of the same mark
_MARK_BOXED_LABEL = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{2,8}})(?P<mark>[{MARKS}])[\s\u3000]*"
                               r"(?P<value>\S.*)$")


_CLOSED_AFTER_COLON = re.compile(r"^(?P<title>[^：:。；;]{2,40})[：:]\s*"
                                 r"(?P<body>[^。；;：:]{0,12}?(?:暂停受理|暂不受理|不再受理|另行通知"
                                 # (…：本次暂不受理，待市卫健委…评审结果公布后另行通知。)
                                 r"|(?:本次|这次|此次)不(?:予)?受理)[^。；;：:]{0,40}。?)$")


_GAP_REMARK = re.compile(r"^(?P<head>[^。；;：:，,\s]{2,40}?)[ \u3000]{2,}"
                         r"(?P<remark>(?!归口|责任|承办|主管)[^\s(（].*[:：，,。].*)$")


# 2. 2024年度…申报书（模板）.docx（86KB）: an attachment's file, its size after it
_FILE_NAME = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|jpe?g|png)\s*"
                        r"(?:[(（][^()（）]{1,12}[)）])?\s*$", re.IGNORECASE)


_CODED_BEFORE_COLON = re.compile(r"^[^:：]{2,40}[(（][0-9A-Za-z][0-9A-Za-z\-]{3,19}[)）]\s*[:：]")


def _numbered(style: str, text: str, match: re.Match[str]) -> Heading | None:
    rest = _tail(text, match["rest"])
    if _FILE_NAME.search(rest):
        return None  # 1. 埔科〔2024〕6号 关于…的通知.pdf（1.2MB）: a file listed, no heading
    if style == "一是":  # 一是聚焦晶硅光伏产业，着力突破…。: its first clause names the group
        first = re.split(r"[，,。；;]", rest, maxsplit=1)[0]
        # (二是优质果品提质增效技术推广。重点推广…，每项补助3万元。: a title closed by a full
        # stop, the paragraph after it its terms, however long)
        titled = rest[len(first):len(first) + 1] == "。" and title_like(first)
        # (二是温泉尾水…关键技术〔RCWQ2024-02-2〕: a title its code closes, however long)
        coded = len(first) == len(rest.rstrip("。 ")) and find_code(first) is not None
        named = CODE.sub("", first) if coded else first
        if not 2 <= len(named) <= (80 if coded else 30) or (len(rest) > 80 and not titled
                                                           and not coded) \
                or re.search(r"[二三四五六七八九十]是", rest) \
                or re.search(r"[:：]", first) \
                or re.match(r"(?:同一|每个|每家|各)", first) \
                or (not titled and re.search(r"[；;]", rest)):
            return None  # 一是开展…；二是开展…: an enumeration in running text
            # (一是申报时间：…, 四是同一个单位，只能报一个: how to apply, said item by item)
            # (一是…奖励。对首次…，奖励20万元；重新…: a titled item's terms may run on)
        if titled and rest[len(first) + 1:].strip():  # (its title, then what it funds)
            return Heading(style, LEVELS[style], _number(match["num"]), match["num"], rest)
        if coded:  # (a direction's part, coded: no group of what follows)
            return Heading(style, LEVELS[style], _number(match["num"]), match["num"], first,
                           strong=True, code=find_code(first))
        return Heading(style, LEVELS[style], _number(match["num"]), match["num"], first,
                       kind="group")
    field = read_label(Line(0, rest, normalise(rest))) if style == "①" else None
    if field is not None and field.rest.strip() and (
            field.key is not None or _FIELD_CODE.search(field.label)) \
            and _CODED_BEFORE_COLON.search(rest) is None:
        # ①榜单编号：YC26JB01 ⏎ ②发榜单位：… under 榜单1: its fields, numbered (not ⑨ 研发投入
        # 增量奖补（WC26-JB02）：对…: an award item, its code before its terms)
        return None
    named = _KEYWORD.match(normalise(rest).strip())
    # (（1）方向1.1　精密光学…: the keyword's number spaced from the title, no colon)
    if named and named["num"] and (named["sep"] or (
            named.start("rest") > named.end("num") and named["code"] is None)) \
            and _keyword_heading(named):
        rest = _tail(rest, named["rest"])  # 2.1 榜单一：白酒…: the number is the heading's
        # (9．方向9　榜单：寒地林下…（榜单编号：…）: the kind said before the title too)
        rest = re.sub(r"^(?:榜单|课题|专题|子课题)\s*[:：]\s*(?=\S)", "", rest)
    rest = _APPENDIX_LEAD.sub("", _after_code_label(rest))
    led = _CODE_FIRST_CELL.match(rest)
    if led is not None and title_like(rest[led.end():]):
        # 1. NZ2501　磷石膏…研发: the code set before the title — said after it, as headings say it
        rest = f"{rest[led.end():]}（{led['code']}）"
    if style == "一、" and _SECTION_SLOGAN.match(normalise(rest).strip()):
        # 三、严守规矩，确保项目申报工作风清气正: a speech's part, its name and what it asks
        return Heading(style, LEVELS[style], _number(match["num"]), match["num"],
                       re.split(r"[，,]", rest, maxsplit=1)[0], strong=True)
    # (（四）科技特派员专项（农村科技股）：本年度暂停受理。: its title, then that it is closed)
    if (gap := _GAP_REMARK.match(rest)) is not None and title_like(gap["head"]):
        # 【E】市级创新平台（重点实验室）建设　　《指南》：申报办法另行通知，…: its title, then
        # a remark after a wide gap, as if a full stop ended the title
        rest = f"{gap['head']}。{gap['remark']}"
    rest = _CLOSED_AFTER_COLON.sub(r"\g<title>。\g<body>", rest, count=1)
    if not title_like(rest):
        return _sentence_direction(style, rest, match)
    title = heading_title(rest)
    number = _number(match["num"])
    code = find_code(rest)
    bare_title = re.sub(r"\s*[(（][0-9A-Za-z\-]{2,12}[)）]$", "", title)  # 1.企业创新计划（YCQY）
    if style == "一、":  # 二、重点研发计划（产业前瞻与关键核心技术）: what the plan covers
        bare_title = re.sub(r"(?<=[计划专项])\s*[(（][\u4e00-\u9fff、与和及]{2,20}[)）]$", "",
                            bare_title)
    plan = bool(NUMBERED_PLAN_WORDS.search(bare_title)) and code is None \
        and not _WORK_POINT.match(bare_title)
    container = bool(CONTAINER.match(title))
    level = LEVELS["container"] if container else LEVELS["plan"] if plan else LEVELS[style]
    # a code or a managing office after the title marks a heading, not a list item
    strong = plan or container or code is not None or find_office(rest) is not None
    return Heading(style, level, number, match["num"].replace(" ", ""), rest,
                   kind="plan" if plan else None, strong=strong, code=code, container=container)


# （二）以“党员服务专员”推动企业用好县级科技计划: a report's work point, what it will do with
# the plan — no plan's name
_WORK_POINT = re.compile(r"^(?:以|通过|借助|依托)[^，,。]{2,20}?(?:推动|助力|带动|促进|引导|服务)"
                         r"|^(?:推动|助力|引导|帮助|服务)企业")


def _sentence_direction(style: str, rest: str, match: re.Match[str]) -> Heading | None:
    """A numbered direction written as a sentence rather than a title: 8．畜禽养殖废弃物资源化
    利用技术研究，本方向设以下两个子方向： (its title, then the parts it announces), or 1．围绕…，
    开展…研究（WN2020-GY01；A类；拟立项1项）。 (its code and terms in the bracket closing it)."""
    norm = normalise(rest).strip()
    parted = _TITLE_THEN_PARTS.match(norm)
    if style not in ("1.", "1、", "(1)", "(一)") and not (style == "①" and parted is not None):
        return None  # (③高原特色中藏药材规范化种植，分两个子方向：, circled: its parts only)
    closing = _SENTENCE_CODED.match(norm) if parted is None else None
    award = _AWARD_ITEM.match(norm) if parted is None and closing is None else None
    if award is not None:  # 1.支持企业建设研发平台，对新认定的…补助20万元。: an award item
        return Heading(style, LEVELS[style], _number(match["num"]), match["num"].replace(" ", ""),
                       f"{award['title']}。{award['body']}", strong=True, kind="direction")
    if parted is None and closing is None:
        return None
    # (the parts it announces kept as its words: …，分两个子方向，每个子方向每项资助30万元：)
    told = f"{parted['title']}。{norm[parted.end('title'):].lstrip('，,')}" if parted else rest
    return Heading(style, LEVELS[style], _number(match["num"]), match["num"].replace(" ", ""),
                   told, strong=True, code=closing["code"] if closing else None,
                   kind="direction")


# 1.支持企业建设市级以上研发平台，对企业新认定的省级工程技术研究中心补助20万元。: a policy's
# item in one sentence, what it supports, then the award (its title the first clause)
_AWARD_ITEM = re.compile(r"^(?P<title>(?:支持|鼓励|扶持|奖励|引导)[^,，。;；:：()（）\d]{3,22})"
                         r"[,，]\s*"
                         r"(?P<body>[^。;；]*?(?:给予|补助|奖励|奖补|资助)[^。;；]*?"
                         r"\d+(?:\.\d+)?\s*万元[^。;；]*[。.]?)$")
# (（三）电声新材料应用（EP2026-GX03），分两个子方向：: its code after the title, 本方向 unsaid)
_TITLE_THEN_PARTS = re.compile(r"^(?P<title>[^,，。;；:：()]{4,40}(?:\([0-9A-Za-z\-]{4,20}\))?)"
                               r"[,，]\s*(?:本(?:方向|项目|课题))?"
                               r"(?:下设|分设|设|分)(?:以下|如下)?[^,，。;；]{0,6}子(?:方向|课题|任务)"
                               # (…，下设两个子方向，合计拟支持2项：: their shared count said too;
                               # …，每个子方向拟支持1项，资助额度不超过贰拾万元：, and grant)
                               r"(?:[,，][^,，。;；:：]{1,16}){0,2}[:：]$")
_SENTENCE_CODED = re.compile(r"^[^()]{8,200}\("
                             r"(?P<code>[A-Z]{1,8}\d{0,4}-?[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,6})?)"
                             r"\s*;[^()]{1,80}\)\s*[.。]?$")
_CODE_THEN_LABEL = re.compile(
    r"[(（【\[][0-9A-Za-z\-]{4,20}[)）】\]](?=\s*[\u4e00-\u9fff]{2,8}[:：])")


_CODE_THEN_TERMS = re.compile(r"(?P<code>[(（【\[][0-9A-Za-z\-]{4,20}[)）】\]])[\s\u3000]+"
                             r"(?P<terms>(?:每项|资助|补助|支持|拟支持|最高|不超过)[^\s\u3000]*\d"
                             r"[^\s\u3000]*)$")
_FIELD_CODE = re.compile(r"(?:编号|代码|编码|单位|金额)$")


def _after_code_label(rest: str) -> str:
    """…高值化利用（YL2024ZD03）研究内容：开展…: a field run on after the title's code (two
    paragraphs a typesetter set on one line) — the title ends at its code."""
    code = _CODE_THEN_LABEL.search(rest)
    if code is None:
        # (（1）功能性纤维及面料开发（XS26A03-1）　每项资助20万元: its terms a space after the
        # code, the title ending there)
        spaced = _CODE_THEN_TERMS.search(rest)
        return rest if spaced is None else f"{rest[:spaced.end('code')]}。{spaced['terms']}"
    after = rest[code.end():].strip()
    label = read_label(Line(0, after, normalise(after)))
    if label is None or label.key in (None, OWN):
        return rest
    return f"{rest[:code.end()]}。{after}"


ARTICLE_TITLE = 24  # the longest name an article heading has (longer: a rule's sentence)


# (…方向, …补助, …奖补: a caption naming what is funded — not 实施期限, 牵头单位, 申报条件)
_FUNDED_CAPTION = re.compile(r"(?:方向|补助|奖补|奖励|事项|专项|计划|平台)$")
# 第四条（农业领域重点研发方向）　…: an article's caption in brackets right after its number
_ARTICLE_CAPTION = re.compile(r"^[(（](?P<caption>[^()（）:：，,。]{2,16})[)）][\s\u3000]*"
                              r"(?P<body>.*)$")


def _titled_article(rest: str) -> bool:
    """第三条　重点研发计划（责任股室：高新技术股）。本计划项目须由企业牵头…: an article named
    by a short first sentence (a plan, a section: 申报条件。), its body after it."""
    head = normalise(strip_brackets(rest)).split("。", 1)[0].strip()
    return 2 <= len(head) <= ARTICLE_TITLE and not re.search(r"[,，;；:：]", head) \
        and not ARTICLE_RULE.search(head)


def _award_article(rest: str) -> bool:
    """第九条　高新技术企业培育奖补。对首次认定的…给予一次性奖补200000元: an article named
    by a short first sentence, the award it grants after it — a fundable item."""
    head, _, body = normalise(rest).partition("。")
    return bool(body) and 2 <= len(head) <= 16 and not re.search(r"[,，;；:：]", head) \
        and bool(re.search(r"(?:给予|奖补|补助|资助|奖励|贴息)[^。；;]*?\d", body))


def _number(text: str) -> tuple[int, ...] | None:
    text = text.replace(" ", "")
    if text in CIRCLED:
        return (CIRCLED.index(text) + 1,)
    if len(text) == 1 and "Ⅰ" <= text <= "Ⅻ":  # 温区Ⅱ
        return (ord(text) - ord("Ⅰ") + 1,)
    if text[:1] and "Ⓐ" <= text[0] <= "Ⓩ":  # Ⓑ, Ⓑ-ⅰ
        part = text[1:].lstrip("-－ ")
        return (ord(text[0]) - ord("Ⓐ") + 1, *((int(part) if part.isascii() and part.isdigit()
                                                else roman_value(
                                                    unicodedata.normalize("NFKC", part).upper()),)
                                               if part else ()))
    if (slashed := re.fullmatch(r"([IVX]{1,4})/(\d{1,2})([a-h]?)", text)) is not None:  # Ⅰ/03a
        return (roman_value(slashed[1]), int(slashed[2]),
                *((ord(slashed[3]) - ord("a") + 1,) if slashed[3] else ()))
    if text[:1] in BRANCHES and re.fullmatch(r".(?:-\d{1,2})?", text):  # （丑）, 寅-1
        return (BRANCHES.index(text[0]) + 1, *(int(part) for part in text[2:].split("-") if part))
    for marks in DINGBATS:
        if len(text) == 1 and text in marks:
            return (marks.index(text) + 1,)
    if re.fullmatch(r"\d+(?:[.\-·]\d+)*", text):  # 1.2, 2-1, 2·1 (〈2·1〉)
        return tuple(int(part) for part in re.split(r"[.\-·]", text))
    if re.fullmatch(r"\d+-\d+-?[A-Ha-h]", text):  # 1-2A (1-3-a): the first part of 1-2 (1-3)
        return (*(int(part) for part in text[:-1].rstrip("-").split("-")),
                ord(text[-1].upper()) - ord("A") + 1)
    if re.fullmatch(r"[a-hA-H]", text):
        return (ord(text.lower()) - ord("a") + 1,)
    paren_part = re.fullmatch(r"([一二三四五六七八九十]{1,3})[)）]-(\d{1,2})", text)
    if paren_part is not None:  # ㈡-1 (read as 二)-1): ㈡'s first part
        return ((chinese_to_int(paren_part[1]) or 0), int(paren_part[2]))
    if len(text) == 1 and "\u249c" <= text <= "\u24b5":  # ⒤: the ninth letter
        return (ord(text) - 0x249C + 1,)
    if re.fullmatch(r"[a-h]）-\d{1,2}", text):  # ⒝-1 (read as b）-1): ⒝'s first part
        return (ord(text[0]) - ord("a") + 1, int(text[3:]))
    if re.fullmatch(r"\d+-[A-H]", text):  # 2-A: part 2's first
        return (int(text[:-2]), ord(text[-1]) - ord("A") + 1)
    if re.fullmatch(rf"{_LETTERED_NUMBER}|[A-H{STEMS}]-?\d{{1,2}}-\d{{1,2}}", text):
        # C1, C2 (C-1, 甲1): under （C）, 甲类; 甲-2-1 under 甲-2
        first = STEMS.index(text[0]) if text[0] in STEMS else ord(text[0]) - ord("A")
        return (first + 1, *(int(part) for part in text[1:].lstrip("-.").split("-")))
    if re.fullmatch(r"[IVX]+|[ivx]+", text):
        return (roman_value(text.upper()),)
    if re.fullmatch(r"[IVX]+[A-H](?:-\d{1,2})?", text):  # IA-1: field I, group A, direction 1
        roman, letter, digits = re.fullmatch(r"([IVX]+)([A-H])-?(\d*)", text).groups()  # type: ignore[union-attr]
        return (roman_value(roman), ord(letter) - ord("A") + 1, *((int(digits),) if digits else ()))
    if re.fullmatch(r"[IVX]+(?:-\d{1,2}){1,2}|[IVX]+-\d{1,2}-[a-h]", text):
        # I-2: group I's second (II-2-1; I-2-a, its first part)
        roman, *digits = text.split("-")
        return (roman_value(roman), *(int(d) if d.isdigit() else ord(d) - 96 for d in digits))
    if re.fullmatch(r"[A-H]-[IVX]+(?:-\d{1,2})?", text):  # A-II, B-III-1
        letter, roman, *rest = text.split("-")
        return (ord(letter) - ord("A") + 1, roman_value(roman), *(int(n) for n in rest))
    if len(text) == 1 and text in STEMS:
        return (STEMS.index(text) + 1,)
    value = chinese_to_int(text)
    return (value,) if value is not None else None


def roman_value(text: str) -> int:
    """IV → 4, XII → 12 (Ⅰ Ⅱ Ⅲ fold to these)."""
    values = [{"I": 1, "V": 5, "X": 10}[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _tail(text: str, norm_rest: str) -> str:
    """The heading's rest in the document's own characters (matching ran on folded text)."""
    stripped = text.strip()
    if not norm_rest:
        return ""
    wanted = norm_rest.strip()
    likely = len(stripped) - len(wanted)  # folding mostly keeps the length: try there first
    cuts = [likely] if 0 <= likely < 24 else []
    for cut in [*cuts, *range(min(len(stripped), 24))]:  # the numbering is a few characters
        if normalise(stripped[cut:]).strip() == wanted:
            return _FOOTNOTE_MARK.sub("", stripped[cut:].strip())
    return _FOOTNOTE_MARK.sub("", wanted)


# …（归口：高新技术股）[1]: a footnote's mark after a heading, the note at the document's end
_FOOTNOTE_MARK = re.compile(r"(?<=[^\s\[［])\s*[\[［]\d{1,2}[\]］]$"
                            # 【新增】海产品精深加工…: a revision's mark before the title
                            r"|^[【\[［](?:新增|增补|补充|调整|修订|更正)[】\]］]\s*")


# 第五条第（一）项 / 本细则第五条 / 所列方向: a sentence about other articles' items, no title
CROSS_REFERENCE = re.compile(
    rf"第[{CN}\d]+条第|(?:本(?:细则|办法))第[{CN}\d]+条|所列(?:其余)?(?:方向|事项)")


# （归口：农村科技科；以下方向均采取前资助方式，周期2年） after a heading or a table's group
# row: the office of the directions under it, and terms for them
OFFICE_TERMS_BRACKET = re.compile(
    r"[(（](?P<terms>[^()（）]*(?:归口|处室|科室)[^()（）]*)[)）]\s*$")
# (（归口：科技股｜前资助｜执行期不超过2年）: a leaflet's bars between them)
_BRACKET_OFFICE = re.compile(
    r"(?:归口(?:处室|科室)?|处室|科室)\s*[:：]\s*(?P<office>[^；;，,。｜|]{2,20}?"
    r"(?:科|处|室|办|中心|股|部))(?=[；;，,。｜|]|$)")


# 2．基础与应用基础研究项目（区市联合资助，基础研究科）: a remark, then the office, bare
# (丙类　…奖补（以奖代补，免于评审，县科技局政策法规股负责）: the office said with 负责)
_REMARKED_OFFICE = re.compile(r"[(（](?P<terms>[^()（）。；;]{2,30}?)[，,；;]\s*"
                              r"(?P<office>[\u4e00-\u9fff]{2,12}?(?:科|处|股))"
                              r"(?:负责|归口|受理)?[)）]\s*$")


# 【A】市级重点研发计划 新材料与绿色化工专项　　归口：市科技局高新技术科: the office said after
# a wide gap, no word of the title
_GAPPED_OFFICE = re.compile(r"[ \u3000]{2,}(?:归口|责任|承办|主管)(?:科室|股室|处室|单位|部门)?"
                            r"[:：]\s*[^\s。；;，,:：]{2,24}\s*$")


def office_and_terms(rest: str) -> tuple[str, str, str] | None:
    """(the heading before such a bracket, the office it names, the terms beside the office —
    "" when none), or None when no closing bracket names an office."""
    said = OFFICE_TERMS_BRACKET.search(rest)
    office = _BRACKET_OFFICE.search(said["terms"]) if said else None
    if said is None or office is None:
        remarked = _REMARKED_OFFICE.search(rest)
        return (rest[:remarked.start()], remarked["office"], remarked["terms"].strip()) \
            if remarked else None
    return (rest[:said.start()], office["office"],
            _BRACKET_OFFICE.sub("", said["terms"]).strip("；;，, ｜|"))


# a speech's heading: the plan's name, then what it asks for (no sentence's end, no figure)
_SLOGAN_HEADING = re.compile(r"^[^，,。；;：:]{2,20}?(?:专项|计划|专题|领域|奖补|补助|事项)[，,]"
                             r"[^。；;：:\d]{2,24}$")


_SECTION_SLOGAN = re.compile(r"^[^，,。；;：:\d]{2,12}[，,][^，,。；;：:\d]{4,20}$")


def title_like(rest: str) -> bool:
    """A heading's text: a short title, perhaps followed by 。 and a body — not a numbered
    sentence (一、申报单位应为…，…) or a list item ending in ；."""
    found = office_and_terms(rest)
    text = normalise(strip_brackets(found[0] if found else _GAPPED_OFFICE.sub("", rest))).strip()
    if not text or CROSS_REFERENCE.search(text):
        return False  # 本细则第五条第（一）项…所列方向由市科 ⏎ …: a rule cut by the page width
    if "由" in text and CHANGED_FROM.search(text):
        return False  # 方向9研发费用门槛由100万元提高到200万元: a change told, no title
    cut = next((i for i, ch in enumerate(text) if ch in TERMINAL), None)
    if cut is None:
        return len(text) <= 100
    # (三、科技创新奖补计划——干成了，政府给您“发奖金”: a plan's name, a slogan after the dash)
    slogan = _DASHED_SLOGAN.match(text)
    if slogan is not None and len(text) <= 60:
        return True
    if _SLOGAN_HEADING.match(text):  # （一）农业科技攻关专项，要在“种”和“收”上下功夫
        return True
    remark = _TRAILING_REMARK.search(text)
    if remark and 2 <= remark.start() <= 30 \
            and not any(ch in TERMINAL for ch in text[:remark.start()]):
        return True  # 二、通用要求（适用于本批次全部榜单，…从其规定）: a title and its remark
    if _CLASS_TITLE.match(text):  # （一）A类：资助100万元以上: a class and what it is
        return True
    head = text[:cut]
    # a coded title needs no long sentence after its colon: 1.锂电池…（SN2026ZD01）：支 ⏎ 持开展…
    # (and a short title none: 兵地协同创新：农机装备智能化, a name and its subtitle)
    # (新入库科技型中小企业：每家奖励1万元。 — a short award's one sentence, its stop too)
    short = len(text) <= 30 and not any(ch in TERMINAL for ch in text[cut + 1:].rstrip("。"))
    body = 0 if find_code(rest) or short else 10
    return (text[cut] in "。!?！？" and 0 < len(head) <= 40) \
        or _colon_title(text, body) is not None


# 三、附表：2026年度…申报方向及监督参数对照表: the appendix's label before its title
_APPENDIX_LEAD = re.compile(r"^附\s*(?:表|件)\s*\d{0,2}\s*[:：]\s*(?=\S{4})")
_DASHED_SLOGAN = re.compile(r"^[^，,。；;：:—\-]{2,24}(?:计划|专项|项目|类)(?:—{1,2}|-{2})"
                            r"[^。；;：:]{2,30}$")


# A类, 甲类, Ⅱ类 (folded: II类): a class named by a letter, a stem or a Roman number
CLASS_WORD = r"(?:[A-Z甲乙丙丁]|[IVX]{2,4})类"
_CLASS_TITLE = re.compile(rf"^{CLASS_WORD}\s*[:：][^。；;:：]{{2,24}}$")
# 联系人 …, 电话 …, 0736-4223518: whom to call, in a heading's bracket
_CONTACT = r"(?:联系人|电话|\d{3,4}-\d{7,8})"
# …后补助（补助对象为…完成交易的本市企业）: whom it is for, a remark and no part of its name
_FOR_WHOM = r"[(（][^()（）。；;，,]{0,6}对象\s*(?:为|是|[:：])[^()（）。；;]{2,100}[)）]$"
# (…关键技术（下设两个子方向，按子方向申报）: how it is divided)
_TRAILING_REMARK = re.compile(r"[(（](?:适用于|适用|含|包括|仅限|限|下设|分设)"
                              r"[^()（）。；;]{2,40}[)）]$"
                              # (（这一条下面分了两个子方向，报的时候选子方向）: how it is divided)
                              r"|[(（][^()（）。；;]{0,20}子方向[^()（）。；;]{0,20}[)）]$"
                              # (…贷款贴息（对县内从事…的企业，其用于技术改造的银行贷款给予贴息）:
                              # whom it is for and what it pays)
                              r"|[(（]对[^()（）。；;]{4,80}[)）]$"
                              rf"|{_FOR_WHOM}"
                              # (（科技创新股管，联系人 刘股长 0736-4223518）: whom to call)
                              rf"|[(（][^()（）。；;]{{0,24}}{_CONTACT}[^()（）。；;]*[)）]$"
                              # (3．县域大气…修复（本方向今年暂不受理，待…另行通知）: closed)
                              r"|[(（]本(?:方向|项目|事项|类)[^()（），,]{0,8}?(?:暂不|暂停|不再|停止)"
                              r"受理[^()（）。；;]{0,40}[)）]$"
                              # (三、真实政策对照（摘自《指南》正文，以…原文为准）: its source)
                              r"|[(（](?:摘自|摘录自|节选自|引自|选自)\s*《[^()（）。；;]{2,40}[)）]$")
SELF_REFERENCE = re.compile(r"本(?:专项|计划|类|批|项目|方向|领域|专题|章|部分|榜单|板块|模块)")
_COLON_TITLE = re.compile(r"([^。；;，,！？!?:：]{4,30})[:：](.*)")


def _colon_title(text: str, body: int = 10) -> int | None:
    """Where a title that a colon ends stops (1) 高新技术企业认定奖补：对…企业，一次性奖补20万元):
    a name of 4 to 30 characters that is no field label, and a sentence after it."""
    match = _COLON_TITLE.match(text)
    if match is None or len(match[2]) < body:
        return None
    if re.search(r"\d$", match[1]) and re.match(r"\d", match[2]):
        return None  # 截止是5月20日17:00，…: a clock's colon, no title's
    head = re.sub(r"\s+", "", match[1])
    if SELF_REFERENCE.match(head):
        return None  # 本专项规则：…｜前资助｜…: a statement about the heading above
    if sum(head.count(ch) for ch in "(（【[") != sum(head.count(ch) for ch in ")）】]"):
        return None  # the colon of （归口科室：…）, inside a bracket
    if head in FIELD_LABELS or head_word_key(head, final=True) not in (None, "funding") \
            or not re.search(r"[\u4e00-\u9fff]", head):
        return None  # 申报要求：… is a label; 科技成果转化示范项目：… a title (成果 inside it)
    return match.end(1)


_SENTENCE_END = re.compile(r"[。！？!?]")
# …技术：支持开展… (a body begun after the title's colon, perhaps cut by the page width)
_BODY_OPENING = re.compile(r"(?:支持|开展|研究|针对|围绕|面向|对|聚焦|重点|主要|包括|用于|推动|突破"
                           r"|研发|建设|开发|以|在|按|由|给予|鼓励|依托|实现|提升|解决"
                           r"|筛选|集成|构建|建立|引进|选育|培育|制定|优化|攻克|探索|推广|完善|改进)")
_AFTER_SENTENCE = re.compile(r"(?<=[。！？!?])")


def _title_and_body(text: str) -> tuple[str, str]:
    """A heading's text split after its first sentence end (title（科）。body …), or after the
    colon that ends a name (高新技术企业认定奖补：对…给予…)."""
    colon = _colon_title(text, 0)
    if colon is not None and not _SENTENCE_END.search(text[:colon]):
        after = text[colon + 1:]
        if 4 <= len(after.strip()) <= 20 and not any(ch in TERMINAL for ch in after) \
                and not _BODY_OPENING.match(after.strip()):
            return text, ""  # 兵地协同创新：农机装备智能化: a name and its subtitle, one title
        return text[:colon + 1], after  # the colon stays with the title
    parts = _AFTER_SENTENCE.split(text, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


# （支持2项，每项50万元） after a title: the direction's terms in a bracket; ★新增, （续）: marks
TERMS_BRACKET = re.compile(
    r"[(（](?P<terms>[^()（）]*?(?:\d|[一二两三四五六七八九十])\s*(?:万元|项|%|个(?=[)）]))[^()（）]*"
    # （前资助 1年）: a mode with a bare period
    r"|(?:事前|事后|前|后)(?:资助|补助)[ \u3000｜|／；;，,]+\d+(?:\.\d+)?\s*(?:年|个月)"
    # （实施期限2年）: a period alone
    r"|(?:(?:实施|执行|建设|研究)?(?:期限|周期|年限)|(?:实施|执行)期)[^()（）]*?"
    r"(?:\d|[一二两三四五六七八九十])\s*"
    r"(?:年|个月)[^()（）]*"
    # （本节方向均执行一览表A类标准）: the class whose terms its directions take
    r"|[^()（）]*?(?:执行|按照?|适用)[^()（）]*?(?:[A-Z甲乙丙丁]类|[一二三四五六七八九十]类"
    r"|[“\"][^”\"]{2,16}[”\"])(?:项目)?(?:的)?(?:资助|支持)?(?:标准|规定)[^()（）]*)[)）]")
# …项目（须签订三年以上合作协议）: a condition on who applies closing a title, which the
# direction's requirements keep
CONDITION_BRACKET = r"[(（]\s*(?P<condition>(?:须|需|必须|应当)[^()（）]{2,30})[)）]"
TITLE_MARKS = re.compile(r"★\s*新增\s*|[(（]\s*(?:续|新增)\s*[)）]|★"
                         # 〔修订〕 / 〔新增〕 after a revised guideline's headings: what changed
                         r"|[〔［\[]\s*(?:修订|修改|新增|调整|更新)\s*[〕］\]]"
                         r"|[(（]\s*(?:修订新增|修订|新增方向|调整)\s*[)）]\s*$"  # （修订新增）
                         r"|[(（]\s*(?:不限项数|项数不限|数量不限)\s*[)）]\s*$"  # (its quota: none)
                         r"|[(（]\s*\d{4}\s*(?:[—–-]\s*\d{4}\s*)?年度?\s*[)）]"  # （2025年度）
                         # the kind of task it is, as national guidelines tag it: （共性关键技术类）
                         r"|[(（]\s*[\u4e00-\u9fff]{2,8}(?:技术|示范|研究|攻关)类\s*[)）]\s*$"
                         # its kind: （重点项目）, （重大专项）
                         r"|[(（]\s*(?:(?:重大|重点|一般|面上|青年|培育)项目|重大专项)\s*[)）]\s*$"
                         # how it is awarded: （揭榜挂帅）, （定向委托）, （滚动支持）, （续期）
                         r"|[(（]\s*(?:揭榜挂帅|揭榜|定向委托|竞争择优|滚动(?:支持|资助)|续期(?:支持)?)"
                         r"\s*[)）]"
                         # （须签订三年以上合作协议）: a condition on who applies, not its name
                         rf"|{CONDITION_BRACKET}\s*$"
                         r"|[(（]\s*[甲乙丙丁]\s*[)）]\s*$"  # …技术（甲）: its class, 甲类
                         r"|【\s*[\u4e00-\u9fff]{2,6}\s*】\s*$"  # …技术【竞争立项】: its kind
                         r"|【\s*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩA-Z]类\s*】\s*$"  # …后补助【Ⅳ类】: its class
                         r"|[※△▲◆◇■□]+\s*$"  # marks a legend explains (※ 须由企业牵头)
                         # （约8分钟） / （约1分钟，只作预告）: a talk's time, no part of its name
                         r"|[(（]\s*约?\s*\d{1,3}\s*分钟[^()（）]{0,12}[)）]\s*$"
                         # …关键技术①③: the marks notes explain
                         r"|(?<=[\u4e00-\u9fff）)])[\u2460-\u2473]+\s*$"
                         r"|(?:[(（]\s*注\s*[\u2460-\u2473]\s*[)）]\s*)+$"  # …技术（注①）（注③）
                         r"|[(（]\s*延续\s*\d{4}\s*年度?(?:指南)?方向\s*[)）]"  # carried over
                         # （可申报类别：重点项目、一般项目）: the kinds it takes
                         r"|[(（]\s*(?:可申报|申报|可申请)?(?:项目)?(?:类别|类型)\s*[:：][^()（）]*[)）]\s*$"
                         # （承担单位：电子科技大学长三角研究院（衢州））: who a directive
                         # project is given to, not part of its title
                         r"|[(（]\s*(?:指定)?(?:承担|牵头|依托|实施)(?:单位|机构)\s*[:：]"
                         r"[^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]\s*$")


def heading_terms(rest: str) -> str:
    """The terms bracket(s) a heading carries after its title, as one sentence (a bare 3年 or
    a date span among them is the period: （支持1项，最高200万元，3年））."""
    said = "；".join([*(m["after"] for m in CODE.finditer(rest) if m["after"]),
                     *(_BRACKET_SEPARATOR.sub("；", m["terms"])
                       for m in TERMS_BRACKET.finditer(CODE.sub("", rest)))])
    said = _BARE_LEAD.sub(lambda m: f"{m['lead']}须由企业牵头", said)
    said = _BARE_WAY.sub(lambda m: f"{m['lead']}采取{m['way']}方式", said)
    return _BARE_PERIOD.sub(lambda m: f"{m['lead']}实施期限{m['period']}", said)


# （前资助｜不超过80万元｜2年） / （后补助／…） / （不超过40万元 3年）: values set apart by a bar, a
# full-width slash or a space between words (not 50 万元, a number and its unit)
_BRACKET_SEPARATOR = re.compile(r"\s*[｜|／]\s*"
                                r"|(?<=[\u4e00-\u9fff）)])[ \u3000]+(?=[\u4e00-\u9fff\d])")
# （前资助｜…）: a clause that only names a way of funding is the way
_BARE_WAY = re.compile(r"(?P<lead>^|[，,；;])\s*(?P<way>(?:事前|事后|前|后)(?:资助|补助))"
                       r"(?=\s*(?:[，,；;]|$))")
# （…｜企业牵头）: a clause that only names who leads is the rule that it must
_BARE_LEAD = re.compile(r"(?P<lead>^|[，,；;])\s*企业牵头(?=\s*(?:[，,；;]|$))")


# a bracket's clause that is only a length of time or a span of months
_BARE_PERIOD = re.compile(r"(?P<lead>^|[，,；;])\s*"
                          r"(?P<period>(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:年|个月)|\d{4}\s*年\s*\d{1,2}\s*月\s*[至到—–-]\s*\d{4}\s*年"
                          r"\s*\d{1,2}\s*月)(?=\s*(?:[，,；;]|$))")


def strip_brackets(rest: str) -> str:
    """The heading without its code, managing office, terms bracket and marks (the office
    closes the title, which a body may follow on the same line; so does its code before a
    comma: 子方向2-1：青梅果酒…技术（代码ZA25ZY02-1），资助额度40万～60万元；)."""
    coded = CODE.search(rest)
    if coded is not None and rest[coded.end():coded.end() + 1] in ("，", ",") \
            and coded.start() >= 4 and not _SENTENCE_END.search(rest[:coded.start()]):
        rest = f"{rest[:coded.end()]}。{rest[coded.end() + 1:]}"
    rest = TITLE_MARKS.sub("", TERMS_BRACKET.sub("", CODE.sub("", rest)))
    head, body = _title_and_body(_SPACED_YEAR_CODE.sub("", _CODE_TRAILING.sub(
        "", COMMA_CODE.sub("", rest))).strip())
    end = head[-1:] if head[-1:] in "。！？!?：:" else ""
    office = OFFICE.search(head[: len(head) - len(end)]) \
        or LABELLED_OFFICE.search(head[: len(head) - len(end)]) \
        or CONTACT_BRACKET.search(head[: len(head) - len(end)])
    if office:
        head = head[: office.start()].strip() + end
    return head + body


# （科技创新股管，联系人 刘股长 0736-4223518） / （高新技术股 周同志，0736-4225106）: the office,
# then whom to call there
CONTACT_BRACKET = re.compile(r"[(（](?P<office>[^()（），,\s]{2,20}?(?:科|股|处|室|中心))"
                             rf"(?:管|负责)?[，,\s][^()（）]*?{_CONTACT}[^()（）]*[)）]$")


def find_code(rest: str) -> str | None:
    match = CODE.search(rest) or _CODE_TRAILING.search(rest) or COMMA_CODE.search(rest) \
        or _SPACED_YEAR_CODE.search(rest)
    return match["code"] if match else None


def code_line(line: Line) -> str | None:
    """The code a line states and nothing else (指南代码：GZ26ZD0101)."""
    match = CODE_LINE.match(line.norm.strip())
    return match["code"] if match else None


def numbered_field(line: Line) -> bool:
    """The line starts with a field's list number ((4)指南代码：…): it is one of the fields
    listed under the heading above, never a code printed ahead of the next heading."""
    return bool(re.match(r"(?:[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
                         r"|\d{1,2}\s*[.、．])\s*\D", line.norm))


def code_and_office(line: Line) -> tuple[str | None, str | None]:
    """What a line states and nothing else: a code (指南代码：GZ26ZD0101), perhaps with the
    managing office beside it (（指南代码：CZ25SF01　归口处室：社会发展科技处）), or only the
    office (归口处室：产业科技处)."""
    text = line.norm.strip()
    match = CODE_LINE.match(text)
    if match:
        return match["code"], _as_written(line, match, "office")
    match = OFFICE_LINE.match(text) or _RECEIVING_LINE.match(text)
    return None, _as_written(line, match, "office") if match else None


# （县科技局科技股受理）alone under a heading: the office that takes its applications
_RECEIVING_LINE = re.compile(r"^[(（]\s*(?:由)?(?P<office>[\u4e00-\u9fff]{2,20}?(?:科|处|股|室))"
                             r"\s*(?:负责)?(?:受理|归口管理|归口|牵头受理)\s*[)）]$")


def _as_written(line: Line, match: re.Match[str], group: str) -> str | None:
    """A group matched on the folded line, in the document's own characters (歸口科室：農村
    科技科 keeps 農村科技科) where folding kept the line's length."""
    found = match[group]
    raw = line.text.strip()
    if found is None or found in raw or len(raw) != len(line.norm.strip()):
        return found
    return raw[match.start(group):match.end(group)]


def find_office(rest: str) -> str | None:
    """（高新技术科）, （责任处室：高新技术科）, （指南代码：HY25YB04，归口科室：农村科技科）
    → the office."""
    coded = CODE.search(rest)
    if coded is not None and coded["office"]:
        return coded["office"].strip()
    if coded is not None and (first := _OFFICE_BEFORE_CODE.search(coded[0])) is not None:
        return first["office"].strip()  # （责任股室：科技计划股；事项代码：YLKJ25-CXQ）
    if coded is not None and (first := _BARE_OFFICE_BEFORE_CODE.search(coded[0])) is not None:
        return first["office"]  # （成果转化股，代码SY26CG01）: the office unlabelled
    if (barred := _BARRED_OFFICE.search(rest)) is not None:
        return barred["office"]  # 农业与乡村振兴科技类｜归口：农村科技股
    if (dashed := _DASHED_OFFICE.search(rest)) is not None:
        return dashed["office"]  # 重点研发计划（工业领域）——高新技术股管
    head = _title_and_body(CODE.sub("", rest).strip())[0].rstrip("。！？!?：:")
    labelled = LABELLED_OFFICE.search(head) or _BANNER_OFFICE.search(head)
    if labelled:  # （受理科室：县委人才办、县科技局人才科）: two offices, named by their label
        return labelled["office"].strip()
    match = OFFICE.search(head)
    if match is None and (contact := CONTACT_BRACKET.search(head)) is not None:
        return contact["office"]
    if match is None and (receives := OFFICE_RECEIVES.match(head.strip())) is not None:
        return receives["office"]  # （一）高新技术科受理项目: the office its title names
    if match is None and (managed := _MANAGED_BY.search(head.strip())) is not None:
        return managed["office"]  # 重点研发计划，由…股归口管理: said after the title
    if match is None:
        return None
    office = _OFFICE_BY.sub("", re.sub(r"^.{0,6}[:：]\s*", "", match["office"]).strip())
    # (（高新技术发展科统筹）: the office, not the verb; （县科技局高新技术股归口）: the 股)
    office = OFFICE_VERB.sub("", office) or office
    return _BUREAU_FIRST.sub("", office) if OFFICE_VERB.search(match["office"]) else office


# （高新技术科管理）, （社会发展科技科统筹）: the office, then what it does
OFFICE_VERB = re.compile(r"(?<=[科处室股局])(?:负责)?(?:统筹|管理|负责|牵头|受理|归口|管)$")
# （县科技局高新技术股归口）: the 股, not the bureau it is part of
_BUREAU_FIRST = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}?(?:科学技术|科技)"
                           r"(?:和[\u4e00-\u9fff]{2,8}?)?局)"
                           r"(?=[\u4e00-\u9fff]{2,16}(?:股|科|处|室)$)")
# （由局高新技术与产业发展股负责受理）: the office, not the bureau it is part of
_OFFICE_BY = re.compile(r"^由(?:本局|我局|局|市局|县局|区局)?(?=[\u4e00-\u9fff]{2})")
OFFICE_RECEIVES = re.compile(r"^(?P<office>[\u4e00-\u9fff]{2,14}?(?:科|处|股))(?:受理|负责|归口)的?"
                             r"(?:项目|事项|计划)$")


# 【重点研发专项】　受理科室：县科工信局科技股: a banner naming its office after it, unbracketed
# (第一评审组　重点研发计划（工业领域）　归口：高新技术股: after a full-width space too)
# 归口科室, 责任股室, 承办部门, 归口 …: the label an office's name follows
_OFFICE_LABEL = r"(?:(?:归口|责任|主管|承办|牵头|管理|受理)(?:处室|科室|股室|部门)|归口)"
_BANNER_OFFICE = re.compile(
    r"(?:(?<=[】\]］〕])[\s\u3000]+|\u3000+)"
    + _OFFICE_LABEL + r"\s*[:：]\s*"
    r"(?P<office>[^\s()（）【】:：]{2,30}?(?:科|处|室|办|中心|股|局|部))\s*$")
_BARRED_OFFICE = re.compile(r"[｜|]\s*(?:" + _OFFICE_LABEL + r"|科室|股室|处室|部门)"
                            r"\s*[:：]\s*(?P<office>[^｜|\s:：]{2,20}?(?:科|股|处|室|办|中心|部))"
                            r"(?=\s*(?:[｜|]|$))")
_OFFICE_BEFORE_CODE = re.compile(
    r"^[(（【\[［〔]\s*" + _OFFICE_LABEL + r"\s*[:：]\s*"
    r"(?P<office>[^()（）【】\[\]［］〔〕:：,，;；]{2,20}?)\s*[,，;；]")
_BARE_OFFICE_BEFORE_CODE = re.compile(r"^[(（【\[［〔]\s*"
                                      r"(?P<office>[\u4e00-\u9fff]{2,12}(?:科|股|处|室))\s*[,，;；]")
LABELLED_OFFICE = re.compile(
    # (（类别代码A，审核节点：高新技术科）: a system's class, the office that reviews it)
    r"[(（【\[［〔]\s*(?:[^()（）【】\[\]［］〔〕:：]{1,16}?[，,；;]\s*)?"
    r"(?:(?:归口|责任|主管|承办|牵头|管理|受理)(?:处室|科室|股室|部门|单位)|审核(?:节点|科室|股室)"
    r"|链长制办公室|链长办)\s*[:：]\s*"  # （链长制办公室：明水经济技术开发区管委会）
    r"(?P<office>[^()（）【】\[\]［］〔〕:：]{2,30}?(?:科|处|室|办|中心|股|局|部|管委会|委员会))"
    r"\s*[)）】\]］〕]"
    r"(?:\s*【[\u4e00-\u9fff]{2,8}】)?\s*$")  # (…（归口科室：社会发展科）【前资助类】: a tag)


# 1. （1）首次认定高新技术企业奖励: a list's number over the one typed (a text browser's, Word's)
SECOND_NUMBER = re.compile(
    r"^\s*(?:[(（][\d一二三四五六七八九十]{1,2}[)）]|\d{1,2}[、.．](?!\d))\s*")


def heading_title(rest: str) -> str:
    """Title of a numbered heading: its text up to a sentence end (or the colon after a
    name), code and office removed, and a second number typed after the list's."""
    head = _title_and_body(strip_brackets(SECOND_NUMBER.sub("", rest, count=1)))[0]
    head = _MANAGED_BY.sub("", head.strip().rstrip("。！？!?"))
    head = _BARRED_LABELS.sub("", head)  # A1 屏南工夫红茶…｜代码 PN26A01: the bar, then a label
    head = _DASHED_OFFICE.sub("", head)  # (…——高新技术股管: its office after a dash)
    head = re.sub(_FOR_WHOM, "", head)
    return head.rstrip("：:").strip()


# 重点研发计划（工业领域）——高新技术股管 / 农业科技计划——农村科技股: a notebook's heading, the
# office that manages it after a dash
_DASHED_OFFICE = re.compile(r"\s*(?:——|—|--)\s*(?P<office>[\u4e00-\u9fff]{2,12}(?:科|股|处))"
                            r"(?:管理?|负责|受理|归口)?\s*$")


# 屏南工夫红茶…｜代码 PN26A01 / 农业与乡村振兴科技类｜归口：农村科技股: a brief's heading, its code
# and office set after bars
_BARRED_LABELS = re.compile(r"\s*[｜|]\s*(?:(?:指南|方向|项目|榜单|事项)?(?:代码|编号|编码)|归口"
                            r"|(?:归口|责任|主管|承办)?(?:科室|股室|处室|部门)).*$")


# 第一类：重点研发计划，由工业和信息化科技股归口管理。…: the office said after the title
_MANAGED_BY = re.compile(r"[，,]\s*由(?P<office>[\u4e00-\u9fff]{2,20}?(?:科|股|处|室|中心))"
                         r"(?:负责)?(?:归口)?(?:管理|受理|组织实施)$")


def heading_body(rest: str) -> str:
    """What follows the title on the heading's own line (1．网上填报。申报单位登录…)."""
    return _title_and_body(strip_brackets(rest))[1].strip()


# —— 说明书 No.01 ——: a card's number between dashes over its title, no heading of its own
_NUMBERED_BANNER = re.compile(r"^\s*[—\-─=~]{2,}\s*[^—\-─=~]{0,12}?(?:No\.?|NO\.?|№|#)\s*\d{1,3}"
                              r"\s*[—\-─=~]{2,}\s*$")


_UNLABELLED_PERIOD = re.compile(r"^(?:实施|执行|研究|建设|项目)?(?:期限|周期|年限)"
                                r"(?:为|不超过|一般为)?\s*\d")


_RECORD_TAG = re.compile(r"【[\u4e00-\u9fff]{1,6}\s*\d{1,3}】")


def is_bare_heading(line: Line) -> bool:
    """A short line with no sentence punctuation: a heading if a heading follows it."""
    text = line.norm
    if text.rstrip().endswith("?") and len(text) <= 20 and not line.table \
            and is_non_funding(text.strip().rstrip("?")):
        return True  # 今年有啥新变化？ over a list of the year's changes: a section of no funding
    return (
        not line.table
        and len(text) <= 40
        and re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text) is not None  # (———— a rule, no title)
        and not _NUMBERED_BANNER.match(text)
        and not any(mark in text for mark in TERMINAL)
        # (12英寸晶圆…: a title opening with a quantity; 1. / 1、 / (1) a number)
        and not re.match(r"^[(（]|^\d+(?!\d)(?:\s|$|[.、．，,:：)）\-—])", text)
        and not text.startswith("课题")
        # (　·企业自筹不低于…1.5倍 ⏎ 　·这一类每个方向拟支持2项: a bullet of a list, no title)
        and not re.match(r"^\s*[·•・]", text)
        # (📌本板块划重点 over the plate's terms: a note about the heading above, no heading)
        and not SELF_REFERENCE.match(text.strip())
        # (【卡片01】 over 方向名称：…: a record's number tag, the heading on the line below)
        and not _RECORD_TAG.fullmatch(text.strip())
        # (表1　…领域支持要素表 under its table: a caption, no heading)
        and not re.match(r"^(?:附)?表\s*[\d一二三四五六七八九十]{1,3}(?![\d])", text)
        and not NOT_A_HEADING.search(text.replace(" ", ""))
        and not re.search(r"\d\s*(?:万元|元|亿元)", text)
        # (实施期限18个月（2025年7月—2026年12月）: a group's term, said without a colon)
        and not _UNLABELLED_PERIOD.match(text)
        # (🎁 后补助 under a card's terms: the way it is paid, said alone)
        and text.strip() not in _MODE_WORDS
        # (大连市甘井子区科学技术局 2024年4月: who issued it and when, under its title)
        and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$", text)
        # (a translation's sentence, or its piece a page width cut: Two projects are to be
        # supported. / ructures for liquid hydrogen)
        and not re.search(r"[.!?;,]\s*$|^\s*[a-z]", text)
        # (❌已承担县级科技项目逾期未验收的单位不得申报: who may not apply, a rule, no title)
        and not re.search(r"不得(?:申报|牵头|参与|承担)|(?:均可|都可)(?:申报|牵头)", text)
        # (◆ 本类每个方向拟支持3项 among a class's bulleted terms: a rule, no title)
        and not ((marked := _MARKED.match(text.strip())) is not None
                 and _BULLETED_RULE.match(marked["rest"].strip()) is not None)
    )


_MODE_WORDS = frozenset(FUNDING_MODES) | MODE_ALIASES.keys()  # (the ways fields reads)


# 二、项目类别和支持标准 ⏎ A类…B类…: the classes a guideline's directions name, defined — no
# direction; but in a guideline with no other (三、支持类别及标准 ⏎ 1.创业领军人才 ⏎ 支持标准：…
# a talent plan's categories) its items are what is applied for
MINUTES_ITEM = re.compile(r"^关于(?:\d{4}\s*年度?)?(?=[\u4e00-\u9fff]{4})")
_ASKED_ABOUT = re.compile(r"^(?:关于)?“(?P<q>[^“”]{2,40})”的问题$")
CLASS_TERMS_SECTION = re.compile(r"^(?:(?:申报|项目|榜单)类[别型]$"
                                 r"|(?:项目|支持|资助)?类别(?:及|与|和)[\u4e00-\u9fff]{0,6}标准$)")
# set when a guideline found no direction outside its terms sections: read them as its items
TERMS_SECTIONS_FUND: ContextVar[bool] = ContextVar("TERMS_SECTIONS_FUND", default=False)


_UNIT_TAG = re.compile(r"^【[^【】]{1,12}\d{1,3}】(?:第[一二三四五六七八九十]{1,3}部分)?")


# 专题五　蔗区科技培训与科普宣传（不作为申报方向） / 第四类　…需求征集（不设资助）: a heading whose
# bracket says it is no direction to apply for
_NOT_APPLIED_FOR = re.compile(r"[(（](?:本次|本年度)?(?:不作为|不属于|不列入|非)(?:本次)?"
                              r"(?:申报|支持|资助)(?:方向|项目|范围|内容)[)）]$"
                              r"|[(（]不(?:设|安排)(?:项目)?(?:资助|资金|经费|财政资金)[)）]$")


def not_applied_for(title: str | None) -> bool:
    """（不作为申报方向） / （不设资助）: the heading's own bracket says it is none to apply for."""
    return bool(title) and _NOT_APPLIED_FOR.search(re.sub(r"\s+", "", title or "")) is not None


def is_non_funding(title: str | None) -> bool:
    # (二、关于2024年度项目分类及支持标准: a 纪要's item, named for what it is about)
    folded = MINUTES_ITEM.sub("", re.sub(r"\s+", "", title or ""))
    # (【总体要求、申报条件（刘股长）】: a slide's heading kept in its brackets; 【校核单元02】
    # 第二部分　申报条件: a record's unit named for the part of the guideline it checks)
    folded = re.sub(r"^【([^【】]+)】$", r"\1", folded)
    folded = _UNIT_TAG.sub("", folded) or folded
    if (asked := _ASKED_ABOUT.match(folded)) is not None:
        # (关于“今年县级科技计划总体怎么安排”的问题: a reply's answer, named for the question)
        folded = re.sub(r"怎么|如何|怎样", "", asked["q"])
    return bool(title) and (bool(NON_FUNDING.match(folded)) or not_applied_for(folded) or (
        not TERMS_SECTIONS_FUND.get() and bool(CLASS_TERMS_SECTION.match(folded))))


# 专题一：商业航天配套产业技术: the name a rule may call the heading by (申报专题一项目的企业…)
# (一级方向2：化工新材料: the level said in words, 申报一级方向1、一级方向2的企业…)
KEYWORD_NAME = re.compile(r"^\s*(?P<name>(?:专题|专项|领域|计划|赛道|产业链|课题|板块"
                          r"|[一二三四]级方向)"
                          r"(?:[一二三四五六七八九十]{1,3}|\d{1,2}(?:\.\d{1,2})*)"
                          r"|[上中下]篇)"  # (上篇　科技计划项目: a rule says 上篇项目…)
                          r"(?![\d一二三四五六七八九十]|\.\d)")


_ORDINAL_NAME = re.compile(r"第([一二三四五六七八九十]{1,3})(板块|专项|专题|领域|课题|榜单|评审组)")


def ordinal_named(text: str) -> str:
    """第一板块项目须… as 板块一项目须…: a heading named by its ordinal, as its keyword name
    (「领域一」「领域二」项目 as 领域一、领域二项目; 领域Ⅰ as 领域I)."""
    if "「" in text:
        text = re.sub(r"」\s*「", "、", text).replace("「", "").replace("」", "")
    # (第一评审组, which `_ordinal_keywords` reads as 专题一)
    return _ORDINAL_NAME.sub(lambda m: ("专题" if m[2] == "评审组" else m[2]) + m[1], text) \
        if "第" in text else text


def heading_keyword_name(heading_text: str) -> str | None:
    """专题一 for a heading written 专题一：… (二.1 for 二.1 重点领域研发专项), else None."""
    # (「领域一」…: the keyword name in corner brackets)
    folded = re.sub(r"^\s*[「【]([^」】]{2,12})[」】]", r"\1 ", normalise(heading_text))
    if (stem := _STEM_PART.match(folded)) is not None:
        return stem[1] + "部分"  # 甲、工业科技创新, which the rules call 甲部分
    named = KEYWORD_NAME.match(folded) or _SECTION_DECIMAL_NAME.match(folded) \
        or _ORDINAL_SECTION.match(folded) \
        or KEYWORD_NAME.match(_LIST_NUMBER.sub("", folded))  # (（一）专题一：…: 专题一)
    if named is None and (classed := _NUMBERED_CLASS.match(folded)):
        return classed["num"] + "类"  # 〔一〕科技攻关类（…）, which the rules call 〔一〕类项目
    if named is None and (field := _NUMBERED_FIELD.match(folded)):
        return field["kw"] + field["num"]  # Ⅰ.现代食品领域, which the rules call 领域Ⅰ
    return named["name"] if named else None


_ORDINAL_SECTION = re.compile(r"^\s*(?P<name>第[一二三四五六七八九十\d]{1,3}[节章组])")
_LIST_NUMBER = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]"
                          r"|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])\s*")
_STEM_PART = re.compile(r"^\s*([甲乙丙丁戊己庚辛])\s*[、.．]\s*[\u4e00-\u9fff]")
_NUMBERED_FIELD = re.compile(r"^\s*(?P<num>[IVX]{1,4})\s*[.、]\s*[\u4e00-\u9fff]{2,16}?"
                             r"(?P<kw>领域|专项|专题)\s*$")
_NUMBERED_CLASS = re.compile(rf"^\s*(?P<num>[〔(\[][{CN}]{{1,3}}[〕)\]])[^()〔〕]{{1,16}}类"
                             r"\s*(?:\(.*\))?\s*$")


# 二.1 重点领域研发专项: the number a rule may call it by (申报二.1专项的，须…)
_SECTION_DECIMAL_NAME = re.compile(rf"^\s*(?P<name>[{CN}]{{1,3}}\.\d{{1,2}}(?:\.\d{{1,2}})*)"
                                   r"(?![\d.])")


# ----------------------------------------------------------------------- field labels

# Canonical field keys for the labels guidelines use; rules below cover the rest.
OWN = "own"  # a known label kept as its own field, under its own name
# 【解读】… / 典型案例：2021年度某公司…获资助45万元: a reader's aside, never the direction's terms
COMMENTARY = "commentary"
FIELD_LABELS: dict[str, str] = {
    # a 公众号 article's plain words for the labels (干什么 / 支持多少 / 干多久 / 支持几项)
    "干什么": "content", "支持多少": "funding", "干多久": "period", "支持几项": "quota",
    "谁来牵头": "requirements", "自筹配套": "requirements",
    "研究内容": "content", "主要内容": "content", "主要研究内容": "content", "支持内容": "content",
    "建设内容": "content", "支持方向": "content", "支持重点": "content", "重点支持": "content",
    "榜单任务": "content", "研究任务": "content", "重点任务": "content", "主要任务": "content",
    "需求描述": "content", "攻关内容": "content", "攻关重点": "content", "研究重点": "content",
    "项目内容": "content", "实施内容": "content", "技术需求": "content",
    "考核指标": "indicators", "考核要求": "indicators", "预期目标": "indicators",
    "绩效目标": "indicators", "预期成果": "indicators", "预期指标": "indicators",
    "绩效指标": "indicators", "考核目标": "indicators", "研究目标": "indicators",
    "实施年限": "period", "实施期限": "period", "执行期限": "period", "项目实施期": "period",
    "实施周期": "period", "执行期": "period", "实施期": "period", "项目周期": "period",
    "执行年限": "period", "项目执行期": "period", "研究期限": "period",
    "合同期": "period", "合同期限": "period", "服务期限": "period",  # (a call worded as a tender)
    "示范期": "period", "示范期限": "period",  # (a 应用示范 project's period)
    "资助方式": "mode", "支持方式": "mode", "补助方式": "mode", "拨付方式": "mode",
    "方式": "mode",  # (· 方式：后补助 among a brief's bulleted terms)
    "项目概算": "funding",  # 项目概算：市拨经费20万元…；拟立项1项。
    "资助经费": "funding", "资助金额": "funding", "补助经费": "funding", "补助金额": "funding",
    "资助额度": "funding", "支持额度": "funding", "资助强度": "funding", "支持经费": "funding",
    "支持强度": "funding", "资金安排": "funding", "经费安排": "funding", "经费支持": "funding",
    "资助标准": "funding", "补助标准": "funding", "奖补标准": "funding", "支持金额": "funding",
    "兑现标准": "funding", "兑付标准": "funding", "兑现方式": "mode", "兑付方式": "mode",
    "给付标准": "funding", "给付方式": "mode",  # (a 政务服务事项实施清单's words for a grant)
    "支持标准": "funding", "支持要点": "funding", "奖励标准": "funding", "扶持标准": "funding",
    "财政资助": "funding", "资金支持": "funding", "经费额度": "funding", "补助额度": "funding",
    "最高限价": "funding", "控制价": "funding", "最高控制价": "funding",  # (its grant's cap)
    "拟立项数": "quota", "拟支持项目数": "quota", "支持数量": "quota", "立项数量": "quota",
    "拟支持": "quota", "拟立项": "quota", "拟资助": "quota", "立项": "quota",  # (立项 | 1项)
    "立项指标": "quota",
    "拟支持数量": "quota", "资助数量": "quota", "拟立项数量": "quota", "支持项目数": "quota",
    "拟支持项目": "quota", "拟立项项目": "quota", "拟资助项目": "quota",
    "拟中标单位数": "quota", "中标单位数": "quota", "拟中标数": "quota", "拟选定单位数": "quota",
    # (科技创新券: 券种 | 单张兑付上限 | 发放数量, a voucher's face value and how many are issued)
    "单张兑付上限": "funding", "兑付上限": "funding", "单张面额": "funding", "单张额度": "funding",
    "配套比例": "requirements", "自筹比例": "requirements", "配套要求": "requirements",
    "自筹经费": "requirements", "自筹资金": "requirements",  # (the applicant's own money)
    "研发投入": "requirements", "研发费用": "requirements",
    "项目总投入": "total", "项目总投资": "total",
    "申报要求": "requirements", "申报条件": "requirements", "相关要求": "requirements",
    "申报主体": "requirements", "申报对象": "requirements", "申报单位": "requirements",
    "申报主体要求": "requirements", "申报单位要求": "requirements", "牵头单位要求": "requirements",
    "牵头单位": "requirements", "承担单位": "requirements",  # 牵头单位：非企业单位不得…
    "申报资格": "requirements", "承担单位要求": "requirements", "支持对象": "requirements",
    # a 政策说明书 written as a drug's insert: 【适应症】 what it treats, 【用法用量】 how much,
    # 【有效期】 how long, 【禁忌】 who may not, 【注意事项】 the rest; 【本盒通用用法】 its box's
    "适应症": "content", "用法用量": "funding", "有效期": "period", "禁忌": "requirements",
    "注意事项": "notes", "通用用法": "requirements", "本盒通用用法": "requirements",
    # a 帮办代办 card's steps: 先问 the firm, 再核 its conditions, 告知 the terms, 转办 the office
    "先问": COMMENTARY, "再核": "requirements", "核对": "requirements", "告知": "content",
    "特定资格": "requirements", "资格要求": "requirements", "特定资格要求": "requirements",
    "补助对象": "requirements", "资助对象": "requirements", "奖补对象": "requirements",
    "奖励对象": "requirements", "补助范围": "requirements", "支持范围": "requirements",
    "相关说明": "notes", "有关说明": "notes", "备注": "notes", "其他说明": "notes",
    "特别规定": "notes", "特殊规定": "notes", "特别说明": "notes",
    # 揭榜挂帅: what the firm posting the list pays the solver is not the bureau's grant;
    # kept under its own label (OWN), never read as funding by its head word 金额
    "榜单金额": OWN, "发榜金额": OWN, "揭榜金额": OWN, "发榜单位": OWN, "发榜企业": OWN,
    "发榜单位投入": OWN, "发榜方投入": OWN, "发榜企业投入": OWN,
    "榜额": OWN, "需求方": OWN, "需求单位": OWN, "需求企业": OWN, "张榜方": OWN,
    # known, said to no field: the papers an application attaches
    "申报材料": OWN, "所需材料": OWN, "提交材料": OWN, "申请材料": OWN,
}
_KNOWN_LABELS = frozenset(FIELD_LABELS)
# 补什么 / 支持谁 / 谁能报: a 明白纸's label asking whom the award is for (who applies)
ASKED_WHO = r"(?:补|奖|支持|资助|扶持)(?:什么|谁)|谁(?:能|可以?|来)?(?:报|申报|牵头)"
# A label none of the documents used yet, read by its head word.
LABEL_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"案例|解读"), COMMENTARY),  # (典型案例, 政策解读: what was, not the terms)
    (re.compile(r"总投入|总投资"), "total"),
    (re.compile(r"年限|期限|时限|周期|实施期|执行期|建设期|研究期|攻关期|支持期|资助期|培养期|孵化期"
                r"|起止时间"), "period"),
    # (拟选派人数：30名, 拟支持团队数：5个: how many people or teams a direction takes)
    (re.compile(r"数量|项数|项目数|立项数|支持数|名额|(?:委托|承担|揭榜)单位数"
                r"|(?:拟|计划)(?:支持|选派|遴选|资助|认定)(?:人|团队|家|个)?数"
                r"|^(?:入围|参赛)团队(?:数)?$"), "quota"),  # (赛马制: 入围团队：不超过2个)
    (re.compile(r"(?:资助|支持|补助|拨付|扶持|奖补)(?:方式|形式)"), "mode"),
    (re.compile(r"经费|资金|金额|额度|强度|资助|补助|奖补|奖励|补贴|贴息|财政支持|扶持"),
     "funding"),
    (re.compile(r"指标|目标|成果|考核|验收|绩效"), "indicators"),
    # (正文要点: a post's; 办理要点: a service window's copy of a direction's terms)
    (re.compile(r"内容|任务|重点|需求|(?:正文|推文|文稿|办理|受理)要点"), "content"),
    # (分组共性要素：: the terms a 实施清单's group of items shares, each on a line below)
    (re.compile(r"要求|条件|对象|主体|资格|资质|门槛|配套|自筹|单位(?:类型|性质)|(?:共性|通用|共同)要素"),
     "requirements"),
    (re.compile(r"说明|备注"), "notes"),
    # a 明白纸's labels asked as questions (补什么 / 补多少 / 谁能报 / 怎么补 / 干多久): by what
    # the question asks
    (re.compile(ASKED_WHO + r"|哪些(?:单位|企业|主体)|什么(?:单位|企业|人)"), "requirements"),
    (re.compile(r"(?:补|奖|给|支持|资助)多少"), "funding"),
    (re.compile(r"怎么(?:补|奖|支持|资助|给)|什么方式"), "mode"),
    (re.compile(r"多久|多长时间|几年"), "period"),
    (re.compile(r"几项|几个|多少项"), "quota"),
)
def label_key(label: str) -> str | None:
    """The field a label names: by the labels known, else by its head word (an application
    system's 研发投入校验, 本方向拟立项: the field it checks, the label said of one direction)."""
    label = _CHECKED.sub("", label) or label
    return FIELD_LABELS.get(label) or head_word_key(label)


_CHECKED = re.compile(r"^(?:本方向|本项目|本类别|本类)(?=[\u4e00-\u9fff]{2})"
                      r"|(?<=[\u4e00-\u9fff]{2})(?:校验|核验)项?$")  # (申报主体及其他校验项)


def head_word_key(label: str, *, final: bool = False) -> str | None:
    """The field a label no list names is, by its head word — the last one a rule knows, as a
    Chinese compound ends in its head: 补助对象及条件 is a condition, 资助方式 a mode.
    `final`: only a head word that ends the label counts."""
    found = [(match.end(), -order, key) for order, (pattern, key) in enumerate(LABEL_RULES)
             for match in pattern.finditer(label) if not final or match.end() == len(label)]
    return max(found)[2] if found else None


_LABEL = re.compile(
    rf"^(?P<num>(?:\d{{1,2}}|[{CN}]{{1,3}})\s*[.、]|[(（]\s*(?:\d{{1,2}}|[{CN}]{{1,3}})\s*[)）]"
    rf"|[{CIRCLED}]|[a-h]\)(?=[\s\u3000]))?\s*"  # (a)　事项代码：…: an SOP clause's lettered term)
    # 【label】, 〔label〕, [label]
    r"(?:[【〔〖\[［]\s*(?P<bracket>[^】〕〗\]］]{2,20}?)\s*[】〕〗\]］]\s*[:：]?"
    r"|(?P<plain>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,11})\s*(?:[(（][^)）]{0,30}[)）])?"
    r"\s*(?P<sep>[:：\t｜|]|-{2}(?!-)))\s*(?P<rest>.*)$")  # 支持方式——后补助
MAX_LABEL = 8


@dataclass(frozen=True)
class Label:
    """A field label at the start of a line and the value written after it."""

    label: str
    key: str | None  # None: a label no rule knows (kept as its own field, with a warning)
    rest: str
    numbered: bool
    bracketed: bool
    listed: bool  # in the vocabulary (not only recognised by its head word)


# 新认定瞪羚企业 / 新入库科技型中小企业 / 首次认定的国家高新技术企业: a standing newly won
_RECOGNISED = re.compile(f"^{NEWLY_WON}")


def read_label(line: Line) -> Label | None:
    """The label this line starts with, if it is written as one."""
    return _read_label(line.text, line.norm)


@lru_cache(maxsize=8192)
def _read_label(raw_text: str, norm: str) -> Label | None:
    text = raw_text.strip()
    if text and text[0] in CIRCLED:  # ①研究内容：… (folding would make ① a bare 1; "" is no ①)
        norm = f"({CIRCLED.index(text[0]) + 1})" + normalise(text[1:])
    match = _LABEL.match(norm)
    if not match:
        return None
    if match["bracket"] and LEADING_TAG.match(text) and classify_text(text) is not None:
        return None  # 〔一般〕2．…（XC2402）: a class's tag over a numbered heading, no label
    if match["bracket"] and _CATEGORY_TAG.match(text):
        return None  # 【一级类别】企业研发后补助及奖补: a system's category, a heading
    if match["bracket"] and _TAG_AFTER.match(_value(raw_text, match)):
        return None  # 〔重点〕〔一般〕〔后补〕标明所属类别: a legend listing tags, no label
    if _PART.match(norm.strip()) and (match["bracket"] or re.match(r"第\S{1,4}\s", match["plain"])):
        # 【第五讲】科技创新券: a lecture's ordinal, a heading (see _PART); 第六讲　政府补助——以…
        # 为案例 too, its ordinal set apart from its title
        return None
    raw = match["bracket"] or match["plain"]
    label = re.sub(r"\s+", "", raw)
    if match["num"] and _RECOGNISED.match(label):
        return None  # 2.新入库科技型中小企业：每家奖励1万元: an award item named by the standing
    # (申报主体及其他校验项: a system's column, what it checks — its length without 校验项)
    checked = _CHECKED.sub("", label) or label
    if (len(checked) > MAX_LABEL and not _joined_labels(checked)) \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", label):
        return None
    key = label_key(label)
    if key == "period" and (parts := re.split(r"[与和及]", label, maxsplit=1))[0] != label \
            and label_key(parts[0]) == "funding":
        key = "funding"  # 支持强度与期限：…不超过80万元，实施期限2年: the grant, its period in it
    if match["sep"] == "\t" and label not in FIELD_LABELS \
            and (key is None or raw_text.count("\t") != 1):
        return None  # a table row, not a label (a two-cell row 揭榜要求	… is one)
    if match["sep"] in ("｜", "|") and (key is None or label in _MODE_WORDS
                                       or re.search("[｜|]", _value(raw_text, match))):
        # (榜单编号｜NJJB2022-01: a known label barred from its value; no other — not
        # 后补助｜验收合格后每项补助5万元, a way of paying and its terms)
        return None
    return Label(label, key, _value(raw_text, match), bool(match["num"]),
                 bool(match["bracket"]), label in FIELD_LABELS)


def _joined_labels(label: str) -> bool:
    """Two labels a writer joined into one (支持方式与申报条件, 资助标准及实施期限): longer than
    one label may be, each part a label of its own."""
    parts = re.split(r"[与及和、]", label)
    return len(parts) == 2 and all(
        2 <= len(part) <= MAX_LABEL and (FIELD_LABELS.get(part) or head_word_key(part, final=True))
        for part in parts)


_RUN_IN = re.compile(
    rf"^(?:\d{{1,2}}\s*[.、]|[(（]\s*\d{{1,2}}\s*[)）]|[{CN}]{{1,3}}、)\s*"
    r"(?P<label>[\u4e00-\u9fff]{2,8})[。.]\s*(?P<rest>\S.*)$")


def run_in_label(line: Line) -> Label | None:
    """A numbered label run in with its text (1．申报主体。项目须由企业牵头…; 2．支持方式。…):
    a field, not a heading, when the words before the full stop name one."""
    match = _RUN_IN.match(line.norm)
    if match is None:
        return None
    label = match["label"]
    key = label_key(label)
    if key is None:
        return None
    original = line.text.strip()
    cut = re.search(r"[。.]", original[original.find(label[-1]):])
    rest = original[original.find(label[-1]) + cut.end():].strip() if cut else match["rest"]
    return Label(label, key, rest, True, False, label in FIELD_LABELS)


_COLONLESS = re.compile(
    rf"^(?:(?:\d{{1,2}}|[{CN}]{{1,3}})\s*[.、]|[(（]\s*\d{{1,2}}\s*[)）])?\s*"
    r"(?P<label>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,7})\s*[:：]?$")


def colonless_label(line: Line) -> Label | None:
    """A line that is nothing but a known label (1.研究内容 / 研究内容), its value below it."""
    match = _COLONLESS.match(line.norm)
    if not match:
        return None
    label = re.sub(r"\s+", "", match["label"])
    key = FIELD_LABELS.get(label)
    if key is None:
        return None
    return Label(label, key, "", line.norm[:1].isdigit() or line.norm[:1] in "(（",
                 False, True)


def _value(text: str, match: re.Match[str]) -> str:
    """The value after the label, in the document's own characters: what follows the first
    】, colon or tab after the label's own parenthesis (资助经费（万元）：, 配套比例（自筹:财政）
    ：)."""
    rest = match["rest"].strip()
    if not rest:
        return ""
    original = text.strip()
    own = _LABEL_BRACKET.match(original)
    cut = re.compile(r"[】〕〗\]］]\s*[:：]?|[:：\t]|—{2}|-{2}").search(
        original, own.end() if own else 0)
    return original[cut.end():].strip() if cut else rest


_LABEL_BRACKET = re.compile(r"[^(（:：\t【〔〖\[［]*[(（][^)）]*[)）]")


# ----------------------------------------------------------------------- tables of directions

# A table that lists directions, one per row (方向一览表): a header row names a title column and
# the fields; each row below is a direction whose cells read as `header：cell` label lines.
# 政策品（方向）: a genre's own word for the rows, glossed as the directions they are
# (条款（指南章节/方向）: a form's clause column, its rows the guideline's parts and directions)
_GLOSSED = r"^[\u4e00-\u9fff]{1,5}[(（](?:[^()（）]{0,8}[/／、])?(?:指南|支持|申报)?方向[)）]$"
_TITLE_COLUMN = re.compile(
    # 类别及方向名称, 计划类别/方向名称: class rows among them
    r"^(?:(?:计划|项目|专项)?(?:类别|专项|计划|领域)(?:名称)?(?:及|和|与|、|/|／))?"
    # (需求名称, 技术需求名称: a 揭榜 list's needs, each a 榜单)
    r"(?:方向|项目|榜单|指南方向|课题|子方向|任务|专题|事项|扶持事项|支持事项|(?:技术)?需求"
    r"|(?:指南)?条目)?"  # (指南条目名称: a guideline's entries, each a direction)
    r"(?:[(（][^()（）]{1,6}[)）])?名称"
    # 方向名称及代码 (及指南代码): a title with its code after it
    r"(?:(?:及|和|与|、)(?:指南|方向)?(?:代码|编号|编码))?$"
    # (方向名称（指南代码）: the code said in brackets after it)
    r"|^(?:方向|项目|榜单|课题|指南方向|事项)名称[(（](?:指南|方向|项目)?(?:代码|编号|编码)[)）]$"
    r"|^(?:方向|项目|课题|任务)名称(?P<content>及|和|与|、)(?:主要|研究|建设)?内容$"  # and content
    r"|^(?:(?:计划|项目|专项)?(?:类别|领域)(?:及|和|与|、|/|／))?"  # (项目类别及申报方向)
    # (子方向 beside 方向: the finer one; 储备方向, a 储备项目 call's; 对应指南方向 in a
    # 选题排期表: the direction each post is about)
    # (示范方向 / 研发方向: a class of directions named for what they do)
    # (改造方向, 推广方向: a 技改 or 推广 call's)
    r"(?:对应|所属|涉及)?(?:指南|研究|支持|项目|重点|攻关|申报|子|储备|征集|示范|研发|建设|改造|推广"
    r"|应用)?方向$"
    # 申报方向（代码）: a title with its code in brackets (项目类别及方向（编号） in an 经费安排表
    # names the rows it allocates money to, read by their codes)
    # (方向（指南代码）: the code's own name in the brackets)
    r"|^(?:指南|研究|支持|项目|重点|攻关|申报|子|储备|征集)?方向[(（](?:指南|方向)?(?:代码|编号|编码)[)）]$"
    # (指南方向及代码: a title with its code after it, the column named for both)
    r"|^(?:指南|支持|申报)?方向(?:及|和|与|、)(?:代码|编号|编码)$"
    # 补助类别 | 补助对象及条件 | 补助标准 (兑现事项 | 兑现标准: a 兑现清单, an item a row)
    # (服务编号 | 服务事项 | 支持内容和标准: a 服务包's items, a row each)
    r"|^(?:补助|支持|奖补|奖励|资助|项目|兑现|兑付|服务)(?:类别|事项)$"
    # 事项 | 支持方式 | 支持标准 | 申报主体: the items named above, a row each (项目 | 支持标准 |
    # 申报对象: a caption board's items)
    r"|^(?:事项|项目)$"
    r"|^(?:项目|计划|专项)?类别[(（](?:方向|事项)[)）]$"  # (项目类别（方向）: a system's options)
    r"|" + _GLOSSED +  # (政策品（方向）, 条款（指南章节/方向）: glossed)
    r"|^(?:子)?(?:课题|任务)$"  # 课题 | 研究内容 | 财政经费（万元）: a 课题 a row
    r"|^(?:券种|券别|创新券(?:种类|类型))$")  # 方向代码 | 券种 | 单张兑付上限: a voucher a row
_GLOSSED_TITLE = re.compile(_GLOSSED)
# 支持方向（摘录）: a column copied out of a guideline, noting so after its name
# (办理要点（摘自指南）: copied from the guideline)
_COPIED_NOTE = re.compile(r"[(（](?:摘录|节选|摘要|原文(?:摘录|照录)?|简称"
                          r"|摘自(?:指南|原文)(?:原文|正文)?)[)）]$")


def _title_column(label: str) -> re.Match[str] | None:
    """The title column's name matched, less a note on how its cells were copied (and the
    document it was copied from: 《指南》项目类别/支持方向)."""
    return _TITLE_COLUMN.match(_CODE_NOTED.sub("", _COPIED_NOTE.sub(
        "", _SOURCE_NAMED.sub("", label))))


# 奖补事项（代码）: the title column, its cells' codes in brackets after the titles
_CODE_NOTED = re.compile(r"(?<=事项|类别)[(（](?:指南|方向|项目|事项)?(?:代码|编号|编码)[)）]$")


# 贵司宣传表述（摘录）, 我司匹配度, 提示／检查结果: a column of what someone other than the
# guideline says beside its terms (a firm's claims, its own fit, a reviewer's findings) — no term
# (unless it quotes the guideline: — 《指南》：2026年度暂不受理)
_SOMEONE_ELSES_COLUMN = re.compile(r"宣传|表述|说法|声称|匹配|检查结果|核查结果|比对结果|我司|贵司"
                                   r"|本公司|本企业|自评")
_SOURCE_QUOTED = re.compile(r"《[^《》]{1,12}》")
# 《指南》项目类别/支持方向, 《指南》原文规定: a comparison's columns, named for the text they copy
_SOURCE_NAMED = re.compile(r"^《[^《》]{1,12}》\s*")


_CODE_COLUMN = re.compile(r"(?:代码|编号|编码)$")
# 方向代码, 指南编号, 编号: a column of the directions' codes (素材编号 numbers something else)
_DIRECTION_CODE_COLUMN = re.compile(r"^(?:指南|方向|项目|榜单|课题|子方向|事项|申报|计划|专项)?"
                                    r"(?:代码|编号|编码)$")


def is_title_column(cell: str) -> bool:
    """支持方向, 方向名称: the column a table names its directions in."""
    return _title_column(re.sub(r"\s", "", normalise(cell))) is not None


_ROW_NUMBER_COLUMN = re.compile(r"^\s*(?:序号|编号序号|序)\s*$")
# 资助额度（万元/项）, 实施期（月）: the unit of a column's numbers (per item or not)
_UNIT = re.compile(r"^(?P<label>.+?)\s*[(（](?P<unit>[^()（）/／]*元|个?月|年)"
                   r"(?:[/／][\u4e00-\u9fff]{1,2})?[)）]$")


# 附表1 standing alone labels the table below it; 具体榜单见附表1 in a heading's text says whose
# directions that table lists.
# 附表1 / 附件2 on a line of its own, or 附表 alone (详见附表: the document's only table)
# (附件1-1: a part of 附件1)
APPENDIX_LABEL = re.compile(r"^附\s*(?:表|件)\s*(?P<n>\d{1,2}(?:\s*-\s*\d{1,2})?)\s*[:：]?$"
                            r"|^附\s*表\s*[:：]?$")
APPENDIX_REF = re.compile(r"附\s*(?:表|件)\s*(?P<n>\d{1,2})(?![\d.])|见附\s*表(?=[。；;，,]|$)")
_LEAD_COLUMN = re.compile(r"^(?:牵头|申报|承担)(?:单位|主体)(?:类型|性质|要求|条件)?$"
                          r"|^牵头(?:要求|类型)$|^揭榜(?:方|单位|主体)(?:要求|条件)$"
                          r"|^牵头(?:及|和|与)(?:配套|自筹)(?:要求)?$")  # (表1's 牵头及配套要求)
_BOUND_SYMBOL = rf"[{AT_LEAST}{AT_MOST}]"
_BARE_FIGURES = re.compile(rf"{_BOUND_SYMBOL}?\s*=?\s*\d[\d,.]*(?:\s*[-~至]\s*\d[\d,.]*)?")


def figures_in_unit(cell: str, unit: str) -> str | None:
    """A cell of bare figures said in the unit its column or caption gives: ≤40 → 不超过40万元,
    ≥500 → 不低于500万元 (上年研发费用 | ≥500), 30～80 → 30~80万元; None for a cell saying more."""
    folded = normalise(cell).strip()
    if not _BARE_FIGURES.fullmatch(folded):
        return None
    return re.sub(rf"^({_BOUND_SYMBOL})\s*=?\s*", lambda m: bound_in_words(m[1]), folded) + unit


def lead_cell(label: str, value: str) -> tuple[str, str]:
    """牵头单位 | 企业 → 须由企业牵头; 不限 → 牵头单位不限; 申报主体要求 | 规模以上工业企业，… →
    申报主体须为规模以上工业企业。…: a lead column's cell as the rule (who applies is read as a
    申报主体 line is, `fields.applicant_rule`)."""
    if label.startswith("揭榜"):  # 揭榜方要求 | 不限: anyone may take it up; else its rules
        return "申报要求", ("揭榜方不限" if re.match(r"^(?:不限|无)[。.]?$", value) else value)
    if "主体" in label or label.endswith("条件"):
        # who applies (申报单位条件 | 县内注册的规模以上工业企业；…): a kind of applicant, a rule,
        # or what the cell says
        read = applicant_rule(value)
        return ("申报要求", read.cell) if read is not None else (label, value)
    if label.startswith("牵头") and label != "牵头要求" and "单位" not in label:
        label = "牵头单位"  # (牵头及配套要求 | 不限: who leads, its matching said on after)
    # (须为企业 / 由企业申报: who leads)
    named = re.match(r"^(?:须为|须是|仅限|限于?|由)(?P<who>[^，,。；;]{1,12}?)(?:牵头|申报)?[。]?$",
                     value)
    if named is not None:  # 牵头要求 | 须为企业: who leads
        return "申报要求", f"须由{named['who']}牵头"
    if re.fullmatch(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+", value) \
            and "企业" in value and re.search(r"高校|院所|科研|医院|事业单位|机构", value):
        return "申报要求", f"{value}均可牵头"  # 牵头单位 | 企业、高校、院所: any of them
    if (re.search(r"均可|不限|不作限制|不作要求", value) and not re.match(r"^不限|^无$", value)) \
            or re.match(r"^(?:须|需|应|必须|限)", value):
        return "申报要求", value  # 企业、高校、科研院所均可牵头 / 须由企业牵头: the rule as written
    return "申报要求", (f"{label}不限" if re.match(r"^不限|^无$", value)
                    else f"须由{value.removesuffix('牵头')}牵头")


# 申报要求 | 须为规上工业企业 / 不限: the applicant's rules, their subject left to the column
_RULES_COLUMN = re.compile(r"^(?:申报|申请)(?:要求|条件|资格)$")


def _subject_supplied(value: str) -> str:
    """须为企业，… → 申报单位须为企业，…; 不限 → 申报单位不限 (the column names whose rule)."""
    stripped = value.strip()
    if re.match(r"^(?:须|应|必须|需)(?:为|是)", stripped) or re.fullmatch(r"不限[。.]?", stripped):
        return "申报单位" + stripped
    return value


def is_lead_column(label: str) -> bool:
    return bool(_LEAD_COLUMN.match(label))


def table_cells(line: Line) -> list[str]:
    return [cell.strip() for cell in line.text.split("\t")]


# 支持额度（万元/项）, 实施期限（年）: a column's label and the unit of its bare numbers
_COLUMN_UNIT = re.compile(
    r"^(?P<label>.+?)\s*[(（](?P<unit>万元|百万元|千元|元|亿元|年|个月|项|个)(?:/[^()（）]*)?[)）]$")


_BARE_NUMBERS = re.compile(r"\d+(?:\.\d+)?(?:\s*[~\-至]\s*\d+(?:\.\d+)?)?")


def column_label(cell: str) -> tuple[str, str]:
    """(label, unit) of a table header cell; the unit is "" when it names none."""
    text = normalise(cell).strip()
    match = _COLUMN_UNIT.match(text)
    return (match["label"], match["unit"]) if match else (text, "")


# 300,000 (a thousands separator) or 1.5: one figure, the unit after the whole of it
_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def with_unit(value: str, unit: str) -> str:
    """20～30 under 支持额度（万元/项） is 20～30万元, 不超过30 is 不超过30万元; a cell that names
    its own unit stays as written, and so does a ratio (≥2:1)."""
    if re.search(r"\d\s*[:：∶比]\s*\d", value):
        return value
    if unit == "百万元" and "元" not in value:  # 0.15～0.20 under 补助额度（百万元）: 15～20万元
        return re.sub(rf"({_FIGURE})(?![\d.,])",
                      lambda m: f"{float(m[1].replace(',', '')) * 100:g}万元", value)
    if unit and _BARE_NUMBERS.fullmatch(normalise(value).strip()):
        return value.strip() + unit
    if unit and unit.endswith("元") and not re.search(r"元|年|月", value):
        # (每项80 too; not a count: 拟支持2项, 3个; nor a share: 按…的10%补助，单项最高30)
        return re.sub(rf"({_FIGURE})(?![\d.,~～\-—至项个家%％倍])", r"\g<1>" + unit, value)
    return value


def is_terms_header(header: list[str]) -> bool:
    """A header whose every cell names a field (支持方式 | 支持额度 | 实施期限): the row under it
    states those terms for the heading the table stands under."""
    labels = [column_label(cell)[0] for cell in header]
    # (执行期限 | 3年（…），分年度考核: a label and its value, a row — a value opens with a number)
    return len(labels) >= 2 and all(
        label and not label[0].isdigit()
        and (FIELD_LABELS.get(label) or head_word_key(label, final=True)
                   or _OFFICE_COLUMN.match(label))  # (牵头部门 | 配合部门 | 支持方式 | …)
        for label in labels)


# (责任单位 | 区科委: a district's table names the bureau in charge)
_OFFICE_COLUMN = re.compile(r"^(?:审核节点"
                            r"|(?:甲方|乙方)?(?:归口|责任|主管|受理|管理|牵头|承办|配合|协同|协办)?"
                            r"(?:科室|处室|股室|部门)|责任单位)$")


_FIRM_DEPARTMENT = re.compile(r"(?:[^党]部|技术中心|研发中心|质量中心|综合办|车间|班组"
                              r"|^[—–\-－/]+)$")
_SCORE_COLUMN = re.compile(r"^(?:分值|得分|评分|满分|分数|赋分)$")
_INVENTORY_COLUMN = re.compile(r"^(?:存放|保管|放置)(?:位置|地点|人)$"
                               r"|^(?:移交|接收|交接)(?:人|日期|情况)$"
                               # (项目 | 电量/需量 | 单价(元) | 金额(元): a bill's charges;
                               # 序号 | 项目 | 金额或数量: a valuation's results)
                               r"|^单价(?:\(元\)|（元）)?$|^(?:金额或数量|数量或金额)$")
_LEDGER_COLUMN = re.compile(r"^(?:到账|收款|付款|入账|记账|拨款)(?:日期|时间)$"
                            r"|^(?:记账)?凭证(?:号|编号)?$")
_BUDGET_COLUMN = re.compile(r"^(?:\d{4}年)?(?:预算(?:金额|数|资金)?|资金来源|决算(?:数|金额)?"
                            # (序号｜项目｜科目｜金额（万元）｜说明: a budget's heads of expense)
                            r"|上年预算数|(?:预算|支出|会计|费用)?科目"
                            # (序号 | 项目名称 | 签约金额: a fair's signed investments)
                            r"|(?:签约|投资|协议|合同)(?:金额|额)(?:[(（][^()（）]{1,4}[)）])?)$")


_TERMS_COLUMN = re.compile(r"^(?:指南)?(?:支持|资助|申报)?条款$"
                           r"|^(?:指南)?原文(?:规定|条款)?$|^指南(?:规定|要求)$")


def is_direction_table(header: list[str]) -> bool:
    """A header row with a title column and at least one column that is a known field (and
    no sentence or label in a cell: 字段说明：编号 | 名称 | … explains a layout)."""
    labels = [_SOURCE_NAMED.sub("", _UNIT.sub(r"\g<label>", normalise(cell).strip()))
              for cell in header]
    bare = [re.sub(r"\([^()]*\)", "", label) for label in labels]  # 配套比例(自筹:财政)
    if any(len(label) > 20 or ":" in label for label in bare):
        return False
    if applications(bare):
        return False
    if any(_LEDGER_COLUMN.match(label) for label in bare):
        return False  # 到账日期 | 项目 | 金额（万元） | 凭证号: money received, a ledger's lines
    if any(_SCORE_COLUMN.match(label) for label in bare):
        return False  # 任务 | 内容 | 分值 | 建议用时: an exam's tasks and their marks
    if any(_INVENTORY_COLUMN.match(label) for label in bare):
        return False  # 序号 | 名称 | 数量 | 存放位置: things handed over, no directions
    if any(_BUDGET_COLUMN.match(label) for label in bare) \
            and not any(_DIRECTION_CODE_COLUMN.match(label) for label in bare):
        # 项目名称 | 预算金额（元） | 资金来源: a budget's lines, no call's directions (代码 |
        # 指南方向 | 资助标准… | … | 预算数（万元）: a firm's budget worked out per direction)
        return False
    if not any(_title_column(label) for label in labels) and not numbered_rows(header):
        return False
    if titles_only(labels) or any(_GLOSSED_TITLE.match(label) for label in labels):
        # 序号 | 方向名称: a list of titles, its terms said once above or below it; 链接 | 时段 |
        # 政策品（方向） | 卖点卡 | …: rows its header calls directions, their terms in any cell
        return True
    # (支持标准（审议稿）: a draft's column, its bracket saying which text it holds; 归口股室 |
    # 指南支持条款（摘自指南）: the office's column, the terms' column quoting the guideline)
    return any(FIELD_LABELS.get(said) or any(p.search(said) for p, _ in LABEL_RULES)
               or _OFFICE_COLUMN.match(said) or _TERMS_COLUMN.match(said)
               for label, without in zip(labels, bare, strict=True) if not _title_column(label)
               and not _ROW_NUMBER_COLUMN.match(label) and not _CODE_COLUMN.search(label)
               for said in dict.fromkeys((label, without)) if said)


# 拟申报方向 | 项目名称 | 申请市财政资助 | 公司自筹 | 项目负责人: a firm's own applications, each
# under the direction it names
# (序号 | 对应指南代码 | 拟申报项目名称 | 牵头单位 | 申请县财政资助 | …: by the code alone)
_APPLIED_UNDER = re.compile(r"^(?:拟|计划)?(?:申报|申请|对应|所属)(?:指南)?"
                            r"(?:方向(?:代码|名称|编号)?|代码|编号)$")
_APPLICANT = re.compile(r"^(?:项目)?负责人$|^(?:申报|申请|承担|牵头)(?:单位|企业|主体)$")


def applications(labels: list[str]) -> bool:
    """A table of applications (the direction applied under, the project's own name, who leads
    it): the projects are an applicant's, not the call's directions."""
    return any(_APPLIED_UNDER.match(label) for label in labels) \
        and any(_PROJECT_NAMED.match(label) for label in labels) \
        and any(_APPLICANT.match(label) for label in labels)


def titles_only(labels: list[str]) -> bool:
    """序号 | 方向名称 and nothing else: a table listing titles."""
    return len(labels) == 2 and _ROW_NUMBER_COLUMN.match(labels[0]) is not None \
        and _title_column(labels[1]) is not None


def numbered_rows(header: list[str]) -> bool:
    """序号 | 指南编号 | 支持方式 | … with no title column: each row names directions printed
    above it by their numbers (1, 1、2, 3(1)), and gives them their codes and terms."""
    labels = [normalise(cell).strip() for cell in header]
    return bool(labels) and _ROW_NUMBER_COLUMN.match(labels[0]) is not None \
        and any(_CODE_COLUMN.search(label) for label in labels) \
        and not any(_title_column(label) for label in labels)


# 拟申报项目名称: an applicant's project, named (not a direction of the call)
_PROJECT_NAMED = re.compile(r"^(?:拟申报|拟申请|申报|申请)?(?:项目|课题)名称$")


SAME_AS_ABOVE = re.compile(r"^(?:同上|同上一?行|同前|〃|″|与上一?行相同)$")  # 〃: the ditto mark
# (与上一行相同: the mark as its legend spells it out, “〃”表示与上一行相同)


def same_as_above(cells: list[str], above: list[str] | None) -> list[str]:
    """A row's cells with each 同上 replaced by the cell above it."""
    if above is None or len(above) != len(cells):
        return cells
    return [up if SAME_AS_ABOVE.match(normalise(cell).strip()) else cell
            for cell, up in zip(cells, above, strict=True)]


CLASS_COLUMN = re.compile(r"^(?:项目|计划|支持)(?:类别|类型)$")


def merged_down(header: list[str], cells: list[str], above: list[str] | None,
                blank_same: frozenset[str] = frozenset()) -> list[str]:
    """A class column's cell left empty under a merged cell (项目类别 shown on its group's
    first row only) says what the row above says; so does an empty cell of a column the
    document says so of (`blank_means_above`)."""
    if above is None or len(above) != len(cells):
        return cells
    return [up if not cell.strip() and (CLASS_COLUMN.match(normalise(name).strip())
                                        or column_label(name)[0] in blank_same
                                        or (EVERY_COLUMN in blank_same
                                            and not is_title_column(name)
                                            and not _CODE_COLUMN.search(name))) else cell
            for name, cell, up in zip(header, cells, above, strict=True)]


# 注：表中空白单元格表示同上: every column's empty cell (but a row's own name and code)
EVERY_COLUMN = "*"
_ALL_BLANK_SAME = re.compile(r"表(?:中|内)(?:的)?(?:空白|空)(?:单元格|格|栏|处)?(?:均)?"
                             r"(?:表示|为|即|意为)?(?:与上一?行相同|同上一?行|同上)")


# 一览表中“支持方式”“实施期限”两栏为空白的，与上一行相同: columns whose empty cells say the
# row above's value
_BLANK_SAME = re.compile(r"(?P<columns>(?:[“\"][^”\"]{2,10}[”\"][、和及与,，]?){1,6})[^。；;]{0,6}?"
                         r"(?:栏|列)[^。；;]{0,4}?(?:空白|为空|未填|空缺)[^。；;]{0,4}?"
                         r"(?:与上一?行相同|同上一?行|同上)"
                         # (3.资助方式栏空白的，同上。: a column named without quotes)
                         r"|(?:^|[\d.．、:：\s])(?P<bare>[\u4e00-\u9fff]{2,8}?)(?:栏|列)(?:为)?"
                         r"(?:空白|为空|未填|空缺)的?[，,]?\s*(?:与上一?行相同|同上一?行|同上)")


def blank_means_above(lines: list[Line]) -> frozenset[str]:
    """The columns a document says an empty cell of repeats the row above in."""
    found: set[str] = set()
    for line in lines:
        if "上" in line.norm and _ALL_BLANK_SAME.search(line.norm):
            found.add(EVERY_COLUMN)
        said = _BLANK_SAME.search(line.norm) if "上" in line.norm else None
        if said is not None and said["bare"]:
            found.add(said["bare"])
        elif said is not None:
            found.update(re.findall(r"[“\"]([^”\"]{2,10})[”\"]", said["columns"]))
    return frozenset(found)


# (2-1: a part's row)
# 1, 4.1, 3.2.1 (a part of 3.2), 一 (a class's row)
_ROW_NUMBER = re.compile(r"\d{1,3}(?:[.\-－]\d{1,2}){0,2}|[一二三四五六七八九十]{1,3}")
# 旱作农业…技术集成针对黄土高原…: a title its line filled, the content run on after it — where
# a title's last word meets the verb content opens with
_TITLE_THEN_CONTENT = re.compile(
    r"^(?P<title>[^\s。；;，,：:]{4,38}?(?:技术|研发|示范|应用|集成|研究|开发|推广|平台|系统|装备"
    r"|工艺|体系|利用|保护|治理|修复|追溯|提升|建设|育种|种植|养殖|加工))"
    r"(?P<content>(?:针对|围绕|面向|开展|依托|基于|聚焦|立足|运用|通过)[^\s].*)$", re.S)
_CJK_BREAK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def unwrapped_cell(cell: str) -> str:
    """事前资助，分年 ⏎ 度拨付 (a short cell's words wrapped early): one phrase still — not
    支持方式：后补助 资助额度：…, a cell's labels set apart by spaces."""
    return _CJK_BREAK.sub("", cell) if len(cell) <= 40 and not re.search(r"[:：]", cell) else cell
# 数据中心绿色低碳运维关键技术研发 面向…: a cell's title paragraph, then its content
_TITLE_OVER_CONTENT = re.compile(r"^(?P<title>[^\s。；;，,：:]{4,40})\s+(?P<content>\S.*)$", re.S)


_MARKED_NUMBER = re.compile(r"\s*[*＊※★☆▲△◆◇#]+\s*$")


def _row_number(text: str) -> tuple[int, ...] | None:
    """1 → (1,), 4.1 → (4, 1), 一 → (1,): a 序号 cell's number."""
    if (number := _number(text)) is not None:
        return number
    value = chinese_to_int(text)
    return (value,) if value is not None else None


# (…研发费用不低于200万元。奖励标准：…: a cell's paragraphs joined, a label after each stop)
_CELL_LABEL = re.compile(r"(?:^|\s+|(?<=[。；;]))(?=[\u4e00-\u9fff]{2,8}[:：])")


# 最高80万元｜拟支持1项 / 事后补助｜申报主体：有效期内的高新技术企业｜…: a cell set out in parts
# between bars (a 卖点卡's), each its own statement
_CELL_BAR = re.compile(r"\s*[｜|]\s*")
_CELL_CLAUSE = re.compile(r"\s*[；;]\s*")
# 申请财政资金≤80.00万元, 上年度研发费用≥300万元: a field named, then its bound
_BOUND_LABEL = re.compile(rf"^(?P<label>[\u4e00-\u9fff]{{2,10}}?)\s*(?={_BOUND_SYMBOL})")
_BOUND_AFTER_WORD = re.compile(rf"(?<=[\u4e00-\u9fff])\s*({_BOUND_SYMBOL})\s*=?\s*(?=\d)")
# 最高40万元, 30万—50万元/项: a part stating nothing but what each item gets
_AMOUNT_ONLY = re.compile(rf"^(?:(?:最高|不超过|每项|单项|定额)\s*(?:{_FIGURE})\s*万?元(?:/项)?"
                          rf"|(?:{_FIGURE})\s*万?元?\s*[-~至]\s*(?:{_FIGURE})\s*万?元(?:/项)?"
                          rf"|(?:{_FIGURE})\s*万?元/项)$")


# 支持方式、额度及期限 / 资助方式及额度: a column naming several terms, its cell stating them
_COMPOUND_PARTS = re.compile(r"[、及和与/／]")
# 前资助：每项30～50万元 / 前资助＋里程碑式补助：最高100万元…: the way, then the amount
_WAY_FIRST = re.compile(r"^(?P<ways>[^：:，,。；;]{2,16}?)[:：]\s*(?P<rest>\S.*)$")


def _compound_terms(label: str, cell: str, number: int) -> list[Line] | None:
    """A cell under a column naming the way, the amount and the period together, as the label
    lines of each (its way before a colon, the rest the amount's words); None for a column
    of one term."""
    parts = [part for part in _COMPOUND_PARTS.split(label) if part]
    keys = {label_key(part) or head_word_key(part, final=True) for part in parts}
    if len(parts) < 2 or "funding" not in keys or len(keys - {None}) < 2:
        return None
    said = [f"资助额度：{cell}"]
    if (first := _WAY_FIRST.match(cell)) is not None and re.search(
            "|".join([*FUNDING_MODES, *MODE_ALIASES]), first["ways"]):
        said = [f"支持方式：{first['ways']}", f"资助额度：{first['rest']}"]
    return [Line(number, text, normalise(text)) for text in said]


def _parts_said(label: str, cell: str, number: int) -> list[Line]:
    """A cell under a column no field names, as label lines: its parts between bars (or
    semicolons, where a part says a term) each under its own label if it opens with one, an
    amount alone the item's funding, the rest under the column's name."""
    lines = []
    for part in (part for part in _CELL_BAR.split(cell) if part.strip()):
        clauses = [clause.strip() for clause in _CELL_CLAUSE.split(part) if clause.strip()]
        said = [_part_said(label, clause, number) for clause in clauses]
        if len(clauses) > 1 and not any(term for _, term in said):
            said = [_part_said(label, part.strip(), number)]  # (…对接；校内限报1项: one remark)
        lines += [Line(number, text, normalise(text)) for text, _ in said]
    return lines


def _part_said(label: str, part: str, number: int) -> tuple[str, bool]:
    """A cell's part as a label line, and whether it states a term of its own (申请财政资金：
    ≤80.00万元, 资助额度：最高40万元, 支持方式：以奖代补, 上年度研发费用不低于300万元)."""
    if (bound := _BOUND_LABEL.match(part)) is not None and label_key(bound["label"]):
        return f"{bound['label']}：{part[bound.end():]}", True  # 申请财政资金≤80.00万元
    worded = _BOUND_AFTER_WORD.sub(lambda m: bound_in_words(m[1]), part)
    if _AMOUNT_ONLY.match(normalise(worded)):
        return f"资助额度：{worded}", True
    if worded.rstrip("。") in FUNDING_MODES or worded.rstrip("。") in MODE_ALIASES:
        return f"支持方式：{worded}", True  # (以奖代补｜对…: the item's way of funding)
    own = read_label(Line(number, worded, normalise(worded)))
    if own is not None and own.key is not None:
        return worded, True
    return f"{label}：{worded}", worded != part  # (上年度研发费用≥300万元: a bound, in words)


def _own_labels(cell: str, number: int) -> list[Line]:
    """A cell written as labelled parts (研究内容：… 考核指标：…, its Alt+Enter breaks now
    spaces): each part a label line; [] when the cell does not open with a known label."""
    parts = [part for part in _CELL_LABEL.split(cell) if part.strip()]
    lines = [Line(number, part, normalise(part)) for part in parts]
    if len(lines) < 2 or any((label := read_label(part)) is None or label.key is None
                             for part in lines):
        return []
    return lines


# 项目类别 | 支持方向 | … over 企业技术创新项目 | 锦纶6… | … ⏎ 经编面料… | …: a class cell spanning
# the rows of its class, copied out of a browser with the rows after its first one short of it
_SPANNING_COLUMN = re.compile(r"(?:类别|类型|领域|专项|计划)(?:名称)?$")


_DIGITS_AS_ZERO = re.compile(r"\d+")


def row_cells(header: list[str], cells: list[str], above: list[str] | None) -> list[str]:
    """A row's cells one to a column: a row short of its 序号 or of a class cell spanning rows
    gets it back at the front, a row whose empty last cells lost their tabs gets them back."""
    if len(cells) == len(header) - 1 and _ROW_NUMBER_COLUMN.match(normalise(header[0])) \
            and not _ROW_NUMBER.fullmatch(cells[0].strip()) \
            and not _ROW_LETTER.fullmatch(cells[0].strip()) \
            and not re.fullmatch(r"[⒈-⒛①-⑳⑴-⒇㈠-㈩❶-❿⒜-⒵Ⓐ-ⓩ]", cells[0].strip()) \
            and not (above and _DIGITS_AS_ZERO.sub("0", above[0].strip())
                     == _DIGITS_AS_ZERO.sub("0", cells[0].strip())):
        # 　　　XXKG2026-02B　硬碳负极材料…: a row without its 序号 (not XF-2025-14 under
        # XF-2025-13 in a 序号 column of codes: its last cell empty; not B1, ⒌ or ⒡, a 序号 too)
        return ["", *cells]
    first = normalise(header[0]).strip()
    if len(cells) == len(header) - 1 and above is not None and len(above) == len(header) \
            and _SPANNING_COLUMN.search(first) and len(header) > 2 \
            and is_title_column(header[1]) \
            and cells[0].strip() != above[1].strip():
        return [above[0], *cells]
    if 2 <= len(cells) < len(header):  # empty cells at the end of a row lose their tabs
        return cells + [""] * (len(header) - len(cells))
    return cells


# 课题1：… / 任务2：… in a 课题 column: the row's place, said before its title
_ROW_TITLE_MARK = re.compile(r"^(?:子)?(?:课题|任务|方向)\s*[\d一二三四五六七八九十]{1,2}"
                             r"\s*[:：]\s*"
                             # (揭榜挂帅榜单：高耐候…工艺（HA25-JB01）: the kind, then the title)
                             r"|^(?:揭榜挂帅)?榜单\s*[\d一二三四五六七八九十]{0,2}\s*[:：]\s*(?=\S{4})"
                             # (2-1　古筝钢丝…技术: its list number in the cell)
                             r"|^\d{1,2}(?:[-.．]\d{1,2})+[\s\u3000]+(?=[\u4e00-\u9fff“《])")
# 财政经费（万元） | 300 beside 自筹经费（万元） | 600: the grant, and what the applicant adds
_SELF_COLUMN = re.compile(r"自筹|配套|匹配")
_GRANT_COLUMN = re.compile(r"财政|资助|补助|支持")


def _self_share_said(labelled: list[Line]) -> list[Line]:
    """A row's 自筹经费 beside its 财政经费, both amounts: not a grant but the ratio of the one
    to the other (600 to 300: 2:1), said as a matching rule."""
    def amount(line: Line) -> float | None:
        value = line.norm.partition(":")[2].strip()
        found = re.fullmatch(r"(?:不超过)?(\d+(?:\.\d+)?)万元", value)
        return float(found[1]) if found else None

    own = [ln for ln in labelled if _SELF_COLUMN.search(ln.norm.partition(":")[0])]
    granted = [ln for ln in labelled if ln not in own
               and _GRANT_COLUMN.search(ln.norm.partition(":")[0])]
    if len(own) != 1 or len(granted) != 1:
        return labelled
    mine, grant = amount(own[0]), amount(granted[0])
    if mine is None or not grant:
        return labelled
    said = f"配套要求：自筹经费与财政经费之比为{round(mine / grant, 2):g}:1"
    return [Line(own[0].number, said, normalise(said)) if ln is own[0] else ln
            for ln in labelled]


_ROW_LETTER = re.compile(r"[A-Za-z]-?\d{1,2}")  # A1, R-01: a row lettered and numbered


def table_row(header: list[str], line: Line, above: list[str] | None = None,
              blank_same: frozenset[str] = frozenset(), *,
              numbered: bool = False, single_cap: bool = False
              ) -> tuple[Heading, list[Line]] | None:
    """A row of a direction table: its heading (title, code, number) and its other cells as
    label lines, amounts given the header's unit (支持额度（万元） ≤20 → 不超过20万元); a cell
    saying 同上 says what the row above says."""
    written = table_cells(line)
    cells = row_cells(header, written, above)
    if len(cells) != len(header):
        return None
    if len(written) < len(header) and all(cell.strip() for cell in written):
        # (a cell merged across the row's terms, 本年度暂停受理: no blank cell; a row's last
        # cells blank are cut with the line's trailing tabs)
        blank_same = blank_same - {EVERY_COLUMN}
    cells = merged_down(header, same_as_above(cells, above), above, blank_same)
    title = code = number = office = None
    numbered_else = False
    labelled: list[Line] = []
    names = [normalise(name).strip() for name in header]
    # 项目类别 | 方向名称 | …: the class a row is of, beside its own title, names its terms
    classed = sum(1 for name in names if _title_column(name)) > 1
    for name, cell in zip(header, cells, strict=True):
        label = _SOURCE_NAMED.sub("", normalise(name).strip())  # (《指南》原文规定: its words)
        unit = _UNIT.match(label)
        if unit:
            label = unit["label"]
            if unit["unit"] in ("月", "个月", "年") and not re.search(r"期|周期|年限|时间", label):
                unit = None  # (…（年）under a column that is no period: its numbers stay bare)
        if not cell:
            continue
        if _SOMEONE_ELSES_COLUMN.search(label) and not _SOURCE_QUOTED.search(cell):
            continue  # 贵司宣传表述 | “单项补助150万元”: what another says, set beside the terms
        if classed and CLASS_COLUMN.match(label):
            labelled.append(Line(line.number, f"项目类别：{cell}", normalise(f"项目类别：{cell}")))
        elif (titled := _title_column(label)) is not None:
            # (…临床前研究 ⏎ 指南代码：DDK24-ZH01: the code the cell's last paragraph states)
            if (labelled_code := _CELL_CODE.search(cell)) is not None:
                code, cell = code or labelled_code["code"], cell[:labelled_code.start()]
            elif (code_first := _CODE_FIRST_CELL.match(cell)) is not None:
                # (DC25-WK01　中轴线…: its code before the title, a space between)
                code, cell = code or code_first["code"], cell[code_first.end():]
            # (…机械化采摘 ⏎ 技术示范: a name wrapped early in its cell is still one name)
            title = cell if titled["content"] else _CJK_BREAK.sub("", cell)
            if titled["content"] and (said := _TITLE_OVER_CONTENT.match(cell)
                                      or _TITLE_THEN_CONTENT.match(cell)):
                # 方向名称及主要内容 | 数据中心…研发 ⏎ 面向…: the cell's first paragraph the title
                title = said["title"]
                content = f"主要内容：{said['content']}"
                labelled.append(Line(line.number, content, normalise(content)))
        elif _CODE_COLUMN.search(label) and re.fullmatch(r"[—–\-－/]+|无", cell.strip()):
            continue  # 指南代码 | — (an award with no code)
        elif _CODE_COLUMN.search(label) and not (code and _ROW_NUMBER.fullmatch(cell)):
            code = cell  # (方向编号 | 1.1 beside 序号 | XF-2025-01: the code the 序号 holds)
            # (素材编号 | S-01: the number of something else the row is about, a poster's)
            numbered_else = _DIRECTION_CODE_COLUMN.match(label) is None
        elif _OFFICE_COLUMN.match(label):
            if not _FIRM_DEPARTMENT.search(cell.strip()):
                office = cell  # (not 技术中心, 财务部: the firm's own department keeping a form)
        elif label in ("序号", "编号序号") and _ROW_NUMBER.fullmatch(_MARKED_NUMBER.sub("", cell)):
            # 1, 4.1 (a sub-direction's row), 一 (a class's row); 2-3* (marked for a note)
            number = _MARKED_NUMBER.sub("", cell)
        elif label in ("序号", "编号序号") and re.fullmatch(_BARE_CODE, normalise(cell).strip()):
            code = cell.strip()  # 序号 | XF-2025-01: the direction's code in the 序号 column
        else:
            value = unwrapped_cell(cell)
            suffix = "个月" if unit and unit["unit"] == "月" else unit["unit"] if unit else ""
            if unit and unit["unit"] == "百万元":  # (0.15～0.20 in millions: 15～20万元)
                cell, suffix = with_unit(normalise(cell), "百万元"), ""
                value = cell
            if unit and suffix and (figures := figures_in_unit(cell, suffix)) is not None:
                value = figures
                if single_cap and re.fullmatch(r"\d[\d,.]*", normalise(cell).strip()) \
                        and unit["unit"].endswith("元"):
                    value = "不超过" + value  # (its legend: a single amount is the cap)
                if re.search(r"上限|最高", label) and not value.startswith("不超过"):
                    value = "不超过" + value  # 市财政支持上限（万元） | 200
            elif single_cap and len(_ONE_AMOUNT.findall(normalise(cell))) == 1 \
                    and not _NOT_ONE_AMOUNT.search(normalise(cell)):
                # 前资助，80万元 under a legend saying a single amount is the cap
                value = _ONE_AMOUNT.sub(lambda m: "不超过" + m.group(0), normalise(cell))
            elif unit and suffix and not re.search(r"元|年|月", cell):  # 50（含）以内 in 万元
                # (按…的30%核定，最高300,000: the share stays a share)
                # (按组内标准，拟支持2项: a count, in no unit of money)
                value = re.sub(rf"({_FIGURE})(?![\d.,%％倍项个家])", r"\g<1>" + suffix, cell)
            if _LEAD_COLUMN.match(label):
                label, value = lead_cell(label, value)
            elif _RULES_COLUMN.match(label):
                value = _subject_supplied(value)
            own = _own_labels(value, line.number)
            if own:  # 研究内容及考核指标 | 研究内容：… 考核指标：…: the cell's own labels
                labelled += own
                continue
            if (terms := _compound_terms(label, value, line.number)) is not None:
                labelled += terms  # 支持方式、额度及期限 | 前资助：每项30～50万元
                continue
            named = read_label(Line(line.number, f"{label}：…", normalise(f"{label}：…")))
            if named is None or named.key is None:  # (卖点卡 | 最高80万元｜拟支持1项)
                labelled += _parts_said(label, value, line.number)
                continue
            text = f"{label}：{value}"
            labelled.append(Line(line.number, text, normalise(text)))
    if code is not None and title is not None and len(codes := code.split()) > 1 \
            and (item := re.match(r"\s*(\d)\s*[.．、]", title)) is not None \
            and 1 <= int(item[1]) <= len(codes):
        # 1．食品营养…检测技术 | SY25GY03 SY25GY04: a cell's two directions, each its own code
        code = codes[int(item[1]) - 1]
    if title is None or not (numbered or re.search(r"[\u4e00-\u9fffA-Za-z]", title)) \
            or any(re.match(r"^(?:合计|小计|总计)", cell.strip()) for cell in (cells[0], title)):
        return None  # 合计 | — | — | 10: a total, not a direction (nor under 方向名称)
    title = _ROW_TITLE_MARK.sub("", title)  # 课题1：硫化物…制备（YB24ZD0101）
    if code is not None and _ROW_LETTER.fullmatch(code.strip()) and find_code(title):
        # 编号 | A1 beside 方向名称（指南代码） | 智能仓储…调度（LS26GX01）: A1 the row's number
        code, numbered_else = None, False
    labelled = _self_share_said(labelled)
    if office:  # the managing office's column: said as a heading says it, in brackets
        # (after the title, before what the cell says under it: …（HD26-01）。以鱼皮…)
        head, stop, body = title.partition("。")
        title = f"{head}（{office}）{stop}{body}" if stop and body.strip() \
            else f"{title}（{office}）"
    heading = Heading("table", LEVELS["direction"], _row_number(number) if number else None, number,
                      title, kind="direction", strong=True,
                      # 方向名称及代码 | 铝基…技术（BS24ZD01）; 素材编号 | S-01 beside
                      # 方向（指南代码） | …技术（HL26GY01）: the direction's own code, not the
                      # poster's number
                      code=(find_code(title) or code) if numbered_else
                      else (code or find_code(title)))
    return heading, labelled
