"""A bureau's video series copied from its page (抖音/视频号 合集详情, a course's 第N课): each
episode opens with 第3集｜方向一：海上风电装备关键零部件, its length and date, its hashtags,
its script under 【视频文案】, an on-screen caption (画面字幕：…), its likes and its comments.
Read as the guideline it tells, an episode a heading:
- 第N集｜方向一：… (a heading as written) is that heading; 第N集｜重点研发计划：先看通用规则 is the
  plan it opens (板块N　重点研发计划); 第N集｜企业研发投入后补助：不用立项… a block of the call
  of its own (板块N　企业研发投入后补助, applied to itself), 第N集｜揭榜挂帅：…研制 too, as the
  榜单 it names; an episode about the series or how to apply (开篇：…, 怎么报？…) no heading,
  nor one named for a field's direction (社会发展方向：…), whose script's line 社会发展方向：…，
  代码… is;
- the script's line that says its heading again (方向一，海上风电装备关键零部件，指南代码…)
  keeps what follows the title, and one that opens with it (方向二是…) speaks of 本方向;
- the page's chrome, the hashtags, the counts, the captions and the comments are no text.
Lines keep their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

from bot.catalogue.numbers import chinese_numeral

# 第3集｜方向一：… / 第12期 | …: an episode's title on the series' page
_EPISODE = re.compile(r"^\s*第\s*\d{1,3}\s*(?:集|期|课|讲)\s*[｜|]\s*(?P<title>\S.*?)\s*$")
# 时长 01:52 · 2026-03-02 发布 · IP属地：广东 / 更新至第11集 · 6.4万次播放: the page's own lines
_META = re.compile(r"^\s*(?:时长\s*\d{1,2}:\d{2}|更新至第|粉丝\s|.*IP属地|.*次播放"
                   r"|.*[·・]\s*\d{4}-\d{2}-\d{2}\s*发布|https?://|到底了|相关推荐)")
_HASHTAGS = re.compile(r"^\s*#\S+(?:\s+#\S+)*\s*$")
_COUNTS = re.compile(r"^\s*(?:[♥❤👍]\s*[\d.]+[万wW]?|.*💬\s*\d)")
_SCRIPT_MARK = re.compile(r"^\s*【(?:视频|口播|配音)?文案】\s*$")
_CAPTION = re.compile(r"^\s*(?:画面)?字幕\s*[:：]")
# 【热门评论】 / 评论（46）　热门 ｜ 最新: the comments from here on
_COMMENTS = re.compile(r"^\s*【?(?:热门|全部|精选)?评论(?:区)?】?\s*(?:[(（]?\d+[)）]?)?"
                       r"(?:[\s\u3000]+(?:热门|最新|按热度|按时间)\S*)*\s*$")
_RULE = re.compile(r"^\s*[─━—=\-_·]{6,}\s*$")
# 重点研发计划：先看通用规则: an episode opening a plan (its name, then what the episode does)
_PLAN_NAME = re.compile(r"(?:计划|专项|专题)$")
_LIST_WORDS = ("揭榜挂帅", "揭榜挂帅项目", "揭榜制", "榜单")  # …：its 榜单's title
# 开篇, 怎么报？…: an episode about the series or how to apply, no item of the call
_NO_ITEM = re.compile(r"^(?:开篇|序|前言|导语|预告|结语|尾声|番外|总结|回顾|花絮)$|[?？]")
# 方向一：海上风电装备关键零部件 / 子方向2：… / 专题三：…: an episode titled as a heading is
_KEYWORD_HEADING = re.compile(r"^(?P<word>子?方向|专题|专项|课题|榜单|任务|领域)\s*"
                              r"(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]\s*(?P<rest>\S.*)$")
MIN_EPISODES = 3
MAX_LEAD = 12  # how far into a line its title may be said again


def is_series(raw_lines: list[str]) -> bool:
    """Episodes enough, and the page's own lines (lengths, dates, plays) among them."""
    return sum(1 for raw in raw_lines if _EPISODE.match(raw)) >= MIN_EPISODES \
        and sum(1 for raw in raw_lines if _META.match(raw)) >= MIN_EPISODES


def as_read(raw_lines: list[str]) -> list[str]:
    """The series as the guideline's lines (see the module's note)."""
    if not is_series(raw_lines):
        return raw_lines
    out = list(raw_lines)
    plans = 0
    said: tuple[str, str, str] | None = None  # the episode's heading: its word, number, title
    in_comments = False
    for at, raw in enumerate(raw_lines):
        episode = _EPISODE.match(raw)
        if episode is not None:
            in_comments = False
            title = episode["title"]
            parts = re.split(r"[:：]", title, maxsplit=1)
            head, sub = parts[0].strip(), parts[1].strip() if len(parts) > 1 else ""
            heading = _KEYWORD_HEADING.match(title)
            if heading is not None:
                out[at] = title  # (方向一：…: a heading as written)
                said = (heading["word"], heading["num"], heading["rest"].split("（")[0].strip())
            elif _PLAN_NAME.search(head) and sub:
                plans += 1
                out[at], said = f"板块{chinese_numeral(plans)}　{head}", None
            elif sub and (head in _LIST_WORDS or (
                    not _NO_ITEM.search(head) and not _NO_ITEM.search(title)
                    and not head.endswith("方向"))):
                # (an item of its own, a block of the call beside the plans: applied to itself)
                item = sub if head in _LIST_WORDS else head
                plans += 1
                out[at], said = f"板块{chinese_numeral(plans)}　{item}", ("", "", item)
            else:
                out[at], said = "", None  # (开篇, 怎么报？)
                if sub and head.endswith("方向"):
                    said = (head, "", "")  # (社会发展方向：… the script names it in full)
            continue
        text = raw.strip()
        if _COMMENTS.match(text):
            out[at], in_comments = "", True
        elif _RULE.match(text):
            out[at], in_comments = "", False
        elif in_comments or _META.match(raw) or _HASHTAGS.match(raw) or _COUNTS.match(raw) \
                or _SCRIPT_MARK.match(raw) or _CAPTION.match(raw):
            out[at] = ""
        elif said is not None:
            out[at] = _said_again(raw, *said)
    return out


def _said_again(raw: str, word: str, number: str, title: str) -> str:
    """方向一，海上风电装备关键零部件，指南代码YD26ZY01。 → 指南代码YD26ZY01。 (the title said
    again near the line's start: what follows it); 方向二是… → 本方向是…"""
    named = f"{word}{number}"
    if not title and raw.lstrip().startswith(f"{word}："):
        return "方向：" + raw.lstrip()[len(word) + 1:]  # 社会发展方向：…，代码…: its heading
    at = raw.find(title) if title else -1
    if 0 <= at <= MAX_LEAD and (not named or named in raw[:at]
                                or raw[:at].rstrip().endswith(("：", ":"))):
        return re.sub(r"^[\s，,。：:；;]+", "", raw[at + len(title):])
    if number and raw.lstrip().startswith(named):
        return raw.replace(named, f"本{word}", 1)
    return raw
