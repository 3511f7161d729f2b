"""A guideline explained article by article (逐条释义, 条文解读): the bureau numbers the
guideline's clauses as articles (第四条, 第五条　（一）…), quotes each under 【指南原文】 and
explains it under 【释义】, with 【举例】 worked examples whose made-up sums are no terms and
【易错提醒】 warnings. Read as the guideline it quotes: each quoted text its line, an article's
number dropped (an untitled article's quoted terms are its class's, the titled one's heading the
title after it: （一）高压电瓷…), and every explanation, example and warning blank, with the
lines it runs on over. Only where three articles at least quote and explain. Lines keep their
numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

# 【指南原文】… / 指南原文：…: the guideline's own words
_QUOTED = re.compile(r"^\s*(?:【\s*(?:指南)?原文\s*】|(?:指南)?原文\s*[:：])\s*")
# 【释义】… / 【举例】… / 解读：…: the bureau's words on them
_EXPLAINED = re.compile(r"^\s*(?:【\s*(?P<b>释义|解读|说明|举例|示例|案例|易错提醒|提醒|提示"
                        r"|注意)\s*】|(?P<p>释义|解读|举例|易错提醒)\s*[:：])")
# 第五条 / 第五条　（一）高压电瓷…: an article, perhaps a direction's heading after its number
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]{1,4}条(?:[\s\u3000]+|$)")
MIN_ARTICLES = 3


def is_explained(raw_lines: list[str]) -> bool:
    quoted = sum(1 for raw in raw_lines if _QUOTED.match(raw))
    explained = sum(1 for raw in raw_lines if (m := _EXPLAINED.match(raw)) and (
        m["b"] in ("释义", "解读") or m["p"] in ("释义", "解读")))
    return quoted >= MIN_ARTICLES and explained >= MIN_ARTICLES


def as_read(raw_lines: list[str]) -> list[str]:
    """The guideline's quoted words (see the module's note)."""
    if not is_explained(raw_lines):
        return raw_lines
    out = list(raw_lines)
    explaining = False
    for at, raw in enumerate(raw_lines):
        if _EXPLAINED.match(raw):
            out[at], explaining = "", True
        elif (quoted := _QUOTED.match(raw)) is not None:
            out[at], explaining = raw[quoted.end():], False
        elif (article := _ARTICLE.match(raw)) is not None:
            out[at], explaining = raw[article.end():], False
        elif explaining and raw.strip() and raw[:1] in ("\u3000", " ", "\t"):
            out[at] = ""  # (　　1.“前资助”是指…: the explanation's points)
        else:
            explaining = False
    return out
