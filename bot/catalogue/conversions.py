"""What tools and editors leave in a guideline's text before the outline is read: RTF markup,
a file viewer's line numbers, a text browser's link numbers, a phone's screenshots read one
after another, a group chat's message heads, a chat with an AI assistant, letter-spaced PDF
text, Wingdings bullets saved as letters, English glosses in brackets, a translation on every
line, a mind map's branch marks, a 修订稿's revision marks, an OCR text layer's misread digits,
a PDF's fake bold written twice, table rows a PDF gave back to front, Word's field codes
printed for their results, a reviewer's comment balloons, a newspaper's jumps to later pages,
a reading aid's pinyin, a pasted JSON export, a long sheet of elements from Excel, a wide
sheet printed in bands of columns, a speech recogniser's transcript, a screen reader's log.
Each pass keeps every line where it was (leaves cite the lines a reader finds), changes a
document only when it clearly carries the device, and returns the lines unchanged otherwise.
(A translation round trip's wordings are matched, not rewritten: see `reworded`; a text whose
lines are out of reading order is read through `columns`, an e-reader's clippings through
`clippings`, a calendar's events through `calendar_events`; a video's captions through
`captions`; a sheet Excel saved as text, its cells over several lines, through `quoted_cells`;
files joined by `tail` through `concatenated`; a 政策兑现 platform's cards through
`platform_cards`.)
"""

from __future__ import annotations

import html
import itertools
import re

from bot.catalogue import (
    asciidoc,
    bands,
    board_copy,
    broadcast_script,
    caption_rows,
    carriage_control,
    cat_segments,
    cid_glyphs,
    comic_script,
    conllu,
    crawler_log,
    djvu_text,
    dokuwiki,
    draft_and_final,
    encyclopedia_entry,
    explained_articles,
    faq_entries,
    feishu_blocks,
    fixed_records,
    form_fields,
    format_list,
    git_blame,
    gopher_menu,
    http_capture,
    info_file,
    input_phrases,
    interview,
    jira_markup,
    knowledge_base,
    latex,
    level_columns,
    live_feed,
    logseq,
    logstash_events,
    mail_source,
    mailbox_letters,
    mermaid,
    message_export,
    narrow_wrap,
    news_flashes,
    notebook,
    org_mode,
    postscript,
    qa_column,
    quiz_bank,
    read_aloud_tables,
    reading_notes,
    redis_cli,
    registry_export,
    restructured,
    reviewed_quotes,
    revision_table,
    screen_slides,
    screenreader,
    sheets,
    shot_script,
    siyuan_note,
    sms_backup,
    sms_tasks,
    sqlplus_spool,
    stage_script,
    tagged_text,
    teleprompter,
    ticked,
    tiddlywiki,
    timed_cues,
    transcript,
    troff_source,
    ui_dump,
    var_dump,
    vetoes,
    video_series,
    wikitext,
    word_macro,
    workflow_log,
)
from bot.catalogue.exported import json_records
from bot.catalogue.numbers import OUTLINED, TRANSLATED, chinese_numeral, clock_seconds

# a drawn table's rule (────, ├──┼──┤, | --- |) or a banner's (=====): no text (the outline reads
# it from here too)
# (and a heading's underline of * or ~, as makeinfo and reST draw them; and a grid table's
# rules as pandoc and PDF converters draw them: +=====+====+ under its header, :--- aligned)
TABLE_RULE = re.compile(r"^[\s─━│┃┌┐└┘├┤┬┴┼═║╔╗╚╝╠╣╦╩╬+|\-]+$"
                        r"|^\s*(?:={3,}|_{3,}|\*{3,}|~{3,}|\^{3,})\s*$"
                        r"|^(?=.*[-=]{3})\s*[+|][\s+|:=\-]*[+|]\s*$")


def as_delivered(raw_lines: list[str]) -> list[str]:
    """The text as it was before the channel that carried it wrapped it (a spool file's
    carriage control, a phone's UI dump of the screen showing it, `git blame` of the repository
    keeping it, an intranet's Gopher menu serving it, a fillable PDF form's fields dumped by
    pdftk, a print server's PostScript file, a chat channel's JSON export of the messages
    that posted it, a Feishu document's API blocks, a desktop client's registry key exported
    by regedit, a scraper's var_dump
    of the article it parsed, a corpus's CoNLL-U of its sentences, an Info file of its
    retyping, a scan's DjVu text dumped by djvused, a redis-cli session printing the list
    that kept it, Logstash's rubydebug events of its lines, a SQL*Plus spool of its
    paragraphs table, a raw e-mail's MIME
    parts, a system's fixed-width interface records, a proxy's capture of a chunked download, a
    crawler's log of the page's paragraphs, a recorded macro typing it, a notebook's markdown
    cells, a phone's backup of the text messages it came in, a pager's prompts in a terminal's
    log, an office system's workflow log of the steps that wrote it; a PDF extractor's (cid:N)
    glyphs; an input method's custom phrases; a transcript for blind readers; a statistics
    system's table whose level columns hold the outline): undone before anything reads the
    lines' layout."""
    carried = carriage_control.as_printed(raw_lines)
    for read in (postscript.as_printed, redis_cli.as_read, sqlplus_spool.as_read,
                 logstash_events.as_read,
                 djvu_text.as_read, info_file.as_read, conllu.as_read,
                 var_dump.as_read, ui_dump.as_read, feishu_blocks.as_read, siyuan_note.as_read,
                 format_list.as_table,
                 message_export.as_read, git_blame.as_read,
                 gopher_menu.as_read, form_fields.as_read, registry_export.as_read,
                 mail_source.as_read, fixed_records.as_read, cid_glyphs.as_mapped,
                 http_capture.as_received, crawler_log.as_logged, word_macro.as_typed,
                 input_phrases.as_typed, read_aloud_tables.as_read,
                 level_columns.as_outline):
        carried = read(carried)
    typed = _ocr_numbers(_captions_dropped(
        _article_ended(_unquoted_mail(_unescaped_markup(carried)))))
    return _unpaged(workflow_log.as_signed(sms_backup.as_read_back(notebook.as_markdown(typed))))


# （l）… / l．… / l)… at a line's start: a scan's OCR read the list number 1 as the letter l
_OCR_ONE = re.compile(r"^(?P<lead>[ \t\u3000]*)(?:(?P<open>[(（])\s*l\s*(?P<close>[)）])"
                      r"|l(?P<mark>[.．、)）]))(?=\s*[\u4e00-\u9fff])")


def _ocr_numbers(raw_lines: list[str]) -> list[str]:
    """Each list number 1 an OCR misread as the letter l written as 1 again (not (I), a
    Roman one)."""
    return [_OCR_ONE.sub(lambda m: m["lead"] + (f"{m['open']}1{m['close']}" if m["open"]
                                                else "1" + m["mark"]), raw, count=1)
            if raw[:8].lstrip(" \t\u3000")[:1] in "(（l" else raw for raw in raw_lines]


# - END - closing a 公众号 article: what follows is the platform's (来源, 往期推荐, 阅读原文,
# the readers' comments and the account's replies), no part of the notice
_ARTICLE_END = re.compile(r"^\s*[-—–_=·\s]*(?:END|End|THE END|完)[-—–_=·\s]*$"
                          # (or the account's list of its other articles, where no END is set)
                          r"|^\s*[▼▶►▷|·\s]*(?:往期推荐|往期回顾|往期精选|推荐阅读|相关阅读|延伸阅读"
                          r"|热文推荐|精彩推荐|精彩回顾)[▼▶►▷|·:：\s]*$")


def _article_ended(raw_lines: list[str]) -> list[str]:
    """The lines after an article's END mark (in its last half) emptied, line for line."""
    start = len(raw_lines) // 2
    end = next((i for i in range(start, len(raw_lines)) if _ARTICLE_END.match(raw_lines[i])
                and raw_lines[i].strip() not in ("完", "-", "—")), None)
    if end is None:
        return raw_lines
    return raw_lines[:end] + [""] * (len(raw_lines) - end)


# ▲ 水满乡五指山红茶种植基地（资料图） / 图为… / （图片来源：…）: a photo's caption in an
# article, left where the photo stood — no heading, no part of the text around it
_PHOTO_CAPTION = re.compile(
    r"^\s*[▲△↑]\s*[^。；;]{2,60}[(（]\s*(?:资料图|资料照片|图片来源|供图|配图|摄)[^()（）]{0,20}[)）]\s*$"
    r"|^\s*[▲△↑]?\s*(?:图为|图\s*[丨｜|:：])[^。；;]{2,60}[。]?\s*$"
    r"|^\s*[(（]\s*(?:图片来源|资料图)[^()（）]{0,30}[)）]\s*$")


def _captions_dropped(raw_lines: list[str]) -> list[str]:
    """Each photo caption emptied, line for line."""
    return ["" if raw[:1] in "▲△↑图（( \u3000\t" and _PHOTO_CAPTION.match(raw) else raw
            for raw in raw_lines]


# > 一、总体要求 / >> …: a forwarded or replied e-mail quoting the notice line by line
_MAIL_QUOTE = re.compile(r"^(?:>[ \t]?)+")
MIN_QUOTED = 10


def _unquoted_mail(raw_lines: list[str]) -> list[str]:
    """A mail's quoted lines without their quote marks (the writer's own lines as they are):
    the notice a clerk forwarded is read as the notice."""
    quoted = sum(1 for raw in raw_lines if raw.startswith(">"))
    written = sum(1 for raw in raw_lines if raw.strip())
    if quoted < MIN_QUOTED or quoted < written / 2:  # (the notice is what the mail quotes, not
        return raw_lines  # a reply's few quoted lines among a thread's messages)
    return [_MAIL_QUOTE.sub("", raw) if raw.startswith(">") else raw for raw in raw_lines]


# &lt;p style="…"&gt;…&lt;/p&gt;&#xD; — a page's HTML carried escaped inside an XML reply (a SOAP
# service's <Content>, an RSS item's description): the markup, read once unescaped
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|span|strong|b|div|br|table|tr|td|th|h[1-6]|li|ul|ol)\b",
                          re.I)
MIN_ESCAPED = 5


def escaped_markup(raw_lines: list[str]) -> bool:
    """Do lines open with escaped tags (not attributes holding escaped labels, as a draw.io
    file's, which its own reader unescapes)?"""
    return sum(1 for raw in raw_lines if raw.lstrip().startswith("&lt;")
               and _ESCAPED_TAG.match(raw.lstrip())) >= MIN_ESCAPED


def _unescaped_markup(raw_lines: list[str]) -> list[str]:
    """Escaped HTML lines as the HTML they stand for (their carriage returns, &#xD;, gone)."""
    if not escaped_markup(raw_lines):
        return raw_lines
    return [html.unescape(raw).replace("\r", "") if "&" in raw else raw for raw in raw_lines]


# a pager's prompt in a terminal session's log (more: --More--(29%), less: (END)), the next
# page's first line written on after it
_PAGER_PROMPT = re.compile(r"^\s*(?:--\s*More\s*--\s*(?:\(\s*\d{1,3}%\s*\))?|\(END\))\s*")
MIN_PAGES = 2


def _unpaged(raw_lines: list[str]) -> list[str]:
    """A text paged with more or less in a logged terminal session: each prompt taken out of
    the line it stands on (the line after it is a line of the text)."""
    if sum(1 for raw in raw_lines if _PAGER_PROMPT.match(raw)) < MIN_PAGES:
        return raw_lines
    return [_PAGER_PROMPT.sub("", raw) for raw in raw_lines]


# <ol start="5"> … <li>…: an HTML ordered list, whose numbers only the browser draws
_OL_OPEN = re.compile(r"<ol\b(?:[^>]*?\bstart\s*=\s*[\"']?(?P<start>\d{1,3}))?[^>]*>", re.I)
_OL_CLOSE = re.compile(r"</ol\s*>", re.I)
_LI_OPEN = re.compile(r"^(?P<lead>\s*<li\b[^>]*>)", re.I)


def _ordered_items(raw_lines: list[str]) -> list[str]:
    """Each item of an HTML ordered list, one to a source line, given the number the browser
    draws for it (1．…, on from start="5"; nested lists numbered （1）…), before the tags go."""
    if not any("<ol" in raw.lower() for raw in raw_lines):
        return raw_lines
    result: list[str] = []
    counters: list[int] = []
    for raw in raw_lines:
        opened = _OL_OPEN.search(raw)
        if opened is not None:
            counters.append(int(opened["start"]) - 1 if opened["start"] else 0)
        item = _LI_OPEN.match(raw) if counters else None
        if item is not None:
            counters[-1] += 1
            mark = f"{counters[-1]}．" if len(counters) == 1 else f"（{counters[-1]}）"
            raw = raw[:item.end()] + mark + raw[item.end():]
        if _OL_CLOSE.search(raw) and counters:
            counters.pop()
        result.append(raw)
    return result


def as_converted(raw_lines: list[str]) -> tuple[list[str], bool]:
    """The lines read back from what tools did to them, and whether each line is a whole
    node of a mind map (so never a line the page width cut)."""
    raw_lines = _ordered_items(raw_lines)
    drawn = mermaid.is_mind_map(raw_lines)
    for undo in (_unmarked_reading, _unprescribed, narrow_wrap.as_unwrapped, _untasked,
                 tagged_text.as_printed,
                 _uncoded_spans, _corrected,
                 _unflattened_odf, _unsearched,
                 _unrecovered, _unfilmed, _unexcerpted, _unstamped, _untimed, _unheaded_pairs,
                 _unrefuted, _unowned,
                 logseq.as_shown, reading_notes.as_read, _unoutlined, _unmarked,
                 org_mode.as_typed, mermaid.as_drawn, restructured.as_rendered,
                 asciidoc.as_rendered, jira_markup.as_rendered, dokuwiki.as_rendered,
                 tiddlywiki.as_rendered,
                 troff_source.as_shown, latex.as_printed,
                 latex.as_unmathed, wikitext.as_shown, _unsegmented,
                 _undiffed, _unsurveyed, _uncopied, _unposted, _unstyled, _untypeset, _unbbcoded,
                 _unguttered,
                 screenreader.as_written):
        raw_lines = undo(raw_lines)  # (markup and sources first, in this order)
    for read in (_without_rtf, transcript.as_written, stage_script.as_read, sms_tasks.as_read,
                 comic_script.as_read, live_feed.as_read, vetoes.as_read, quiz_bank.as_read,
                 board_copy.as_read, shot_script.as_read, draft_and_final.as_read,
                 explained_articles.as_read, reviewed_quotes.as_read, revision_table.as_read,
                 video_series.as_read, news_flashes.as_read, timed_cues.as_read,
                 teleprompter.as_read, broadcast_script.as_read, encyclopedia_entry.as_read,
                 qa_column.as_read, caption_rows.as_read, cat_segments.as_read,
                 screen_slides.as_read,
                 interview.as_read,
                 mailbox_letters.as_read, knowledge_base.as_read, faq_entries.as_read,
                 sheets.as_outline):
        raw_lines = read(raw_lines)  # (the genres' own layouts, read as a guideline's, in order)
    raw_lines = bands.as_one_table(ticked.as_one_column_each(raw_lines))
    raw_lines = _unreversed(_undoubled(_unshot(_unlinked(_unassisted(_unfielded(
        _uncommented(_unjumped(_unpinyined(raw_lines)))))))))
    raw_lines = _unwingded(_unspaced(_unslid(_unchatted(_unthreaded(_unnumbered(_unindexed(
        _unreferenced(raw_lines))))))))
    raw_lines, one_line_nodes = _untreed(_untranslated(_without_english(_unglossed(
        _without_translation_lines(raw_lines)))))
    return json_records(_ocr_repaired(_revised_marks(raw_lines))), one_line_nodes or drawn


# A .docx dumped paragraph by paragraph with its style's name (python-docx: Heading 2<TAB>…,
# 公文正文<TAB>…): the name before the text, a line broken inside a paragraph (Shift+Enter)
# standing alone without one
_STYLED = re.compile(r"^(?P<style>[^\t。；;，,：:]{1,24})\t(?P<text>.*)$")
_WORD_STYLE = re.compile(r"^(?:Heading|Title|Subtitle|Normal|Body|List|Plain|Default|Caption"
                         r"|Quote|TOC|标题|副标题|正文|列出段落|目录|题注|公文)", re.I)
MIN_STYLED_SHARE = 0.6


# Word's 从任意文件还原文本 on a damaged .doc: the file's binary header read as text, bookmark
# names and bare field instructions between paragraphs, and after the signature the style and
# font tables, the document's properties and stray runs of older drafts
_OLE_MARK = re.compile(r"ÐÏà¡±á|\bbjbj|\[Content_Types\]|Root Entry|WordDocument")
_FIELD_RESIDUE = re.compile(r"\b(?:EMBED|HYPERLINK|PAGEREF|INCLUDEPICTURE|SHAPE|TOC\s+\\o)\b"
                            r"|(?:^|\s)_(?:Toc|Ref|GoBack|Hlk)\w*")
_TRAILER = re.compile(r"(?:^|\s)_(?:Toc|GoBack|Ref)\w*|\bNormal\b|\.dotm?\b|SummaryInformation"
                      r"|Root Entry|MSWordDoc|Microsoft Office Word")
_SIGNED = re.compile(r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月"
                     r"\s*\S{1,3}\s*日\s*$")
_LATIN_NOISE = re.compile(r"[\u0080-\u00ff]")


# a video's shot list: 【镜号08】景别：…｜时长：…, 画面：…, 字幕条（标题）： ⏎ the heading,
# 花字：the caption cards｜…, 配音：the voice-over, 音乐音效：…
_SHOT = re.compile(r"^\s*【\s*(?:镜号|镜头|场景|分镜)\s*[\dA-Za-z\-]{1,6}\s*】")
_SHOT_ASIDE = re.compile(r"^\s*(?:画面|景别|时长|转场|音乐音效|音效|音乐|镜头运动|机位|备注|字幕条"
                         r"(?:[(（][^)）]*[)）])?)\s*[:：]")
_CAPTIONS = re.compile(r"^\s*(?:花字|字幕|屏幕文字)\s*[:：]\s*(?P<cards>.*)$")
_VOICE = re.compile(r"^\s*(?:配音|旁白|解说|口播)\s*[:：]\s*(?P<said>.*)$")
MIN_SHOTS = 5


# ✘ 流传说法：“…每项可拿200万元…”——不实，…: a claim a notice marks false to refute it
_REFUTED = re.compile(r"^\s*[✘✗❌]\s*")
MIN_REFUTED = 2


def _unrefuted(raw_lines: list[str]) -> list[str]:
    """The claims a notice marks false (✘ …, two or more, beside ✔ lines that are its terms)
    blank, the rest of a claim a page width cut too: what they say is no term of anything."""
    if sum(1 for raw in raw_lines if _REFUTED.match(raw)) < MIN_REFUTED:
        return raw_lines
    out: list[str] = []
    refuting = False
    for raw in raw_lines:
        if _REFUTED.match(raw):
            out.append("")
            refuting = True
        elif refuting and draft_and_final.goes_on_flush(raw):
            out.append("")  # (the claim going on, flush after a PDF's wrap)
        else:
            out.append(raw)
            refuting = False
    return out


# 1．高原夏菜…关键技术　　责任人：李某某　　配合：农村科技股: who on the bureau's staff answers
# for a numbered item, spaced after its title (a 任务分工方案) — no word of the heading
_OWNERS = re.compile(r"^(?P<head>\s*(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,3}[)）]"
                     r"|[一二三四五六七八九十]{1,3}、)\s*\S.*?)[\u3000 ]{2,}"
                     r"(?:责任人|配合(?:股室|单位|部门)?|联系人|负责人|经办人)\s*[:：].*$")


def _unowned(raw_lines: list[str]) -> list[str]:
    """Numbered items without the staff named after their titles (see _OWNERS)."""
    return [_OWNERS.sub(r"\g<head>", raw) for raw in raw_lines]


# 要素 | 填写内容 over 事项编码 | … ⏎ 兑现标准 | …: the header of a label | value form, no row of it
_PAIR_HEADER = re.compile(r"^\s*(?:要素|项目|栏目|字段|指标|内容项)(?:名称)?\s*\t\s*"
                          r"(?:填写|具体|填报)?(?:内容|说明|信息|情况)\s*$")


def _unheaded_pairs(raw_lines: list[str]) -> list[str]:
    """A form's label | value table without its header row (要素 | 填写内容): each row's label
    is then read as the label it is, right under the heading it belongs to."""
    return ["" if _PAIR_HEADER.match(raw) else raw for raw in raw_lines]


# P5 / 第12页 / P8—P14: the slides a note was taken on (【P8—P14】一、重点研发计划…)
_SLIDE = r"(?:P|p|PPT|ppt|第)\s*\d{1,3}\s*页?(?:\s*[—\-–~～]\s*(?:P|p)?\s*\d{1,3}\s*页?)?"
# 00:21:08　方向1：…（指南代码：JX25YL01）: a meeting minutes' chapter, the time it opened at
# (a 腾讯会议 智能纪要's 章节速览, a recording's chapters; 10:02 ① …: a podcast's show notes;
# [15:02] 【P8—P14】一、…: a note's time in brackets, then its slides — not 10:13　【发布人】…, a
# live feed's message head, nor 10:27 ✉ ⊙ · HD 5G, a phone's status bar)
# (【07:33:10】第一部分　…: a live programme's transcript, each segment stamped as it aired)
_CHAPTER_TIME = re.compile(r"^(?P<indent>\s*)(?:[\[［]?(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[\]］]?"
                           r"[\s\u3000]+|【(?P<aired>\d{1,2}:\d{2}(?::\d{2})?)】[\s\u3000]*)"
                           rf"(?=[\u4e00-\u9fff①-⑳“《]|【\s*{_SLIDE})")
MIN_CHAPTERS = 5
_KEYWORD_CHAPTER = re.compile(r"^(?:子?方向|奖补|专题|课题|榜单|任务|事项|项目)"
                              r"[一二三四五六七八九十\d]{1,3}\s*[：:、]")


# 【摘录开始】 … 【摘录结束】 / －－摘录开始－－: where a report quotes the guideline, marked
# (－－ 指南抄录 开始 －－: copied out by hand)
# (┌──── 正式稿原文摘录·开始 ────, boxed; 【摘报开始】, a dispatch report's; （节选完） /
# ——摘抄完——, its end alone, where it started left unmarked)
EXCERPT_MARK = re.compile(r"^[\s\-－—=＝─━┄┈└┌【\[［〔（(]*(?:正式稿|指南)?(?:原文)?"
                           r"(?:摘录|抄录|节选|摘抄|摘编|摘报)\s*[·・]?\s*"
                           # (（摘编完。网上申报截止时间：…）: a remark after it in its bracket)
                           r"(?P<end>开始|结束|完)(?:[。，,；;][^()（）【】]{0,40})?"
                           r"[\s\-－—=＝─━┄┈┘┐】\]］〕）)]*$")
MIN_EXCERPT = 5
_CODED = re.compile(r"[(（]\s*(?:指南|方向|项目)?(?:代码|编号)?\s*[:：]?\s*[A-Z]{1,8}-?\d{2,}")


def _unexcerpted(raw_lines: list[str]) -> list[str]:
    """A report (a bank's credit investigation, a reply to a request) that quotes the guideline
    between marks saying where the excerpt starts and ends: the quoted lines alone — the
    report's own sections around them (授信申请概况, 担保分析…) fund nothing, whatever sums they
    name."""
    marks = [(at, found["end"]) for at, raw in enumerate(raw_lines)
             if (found := EXCERPT_MARK.match(raw))]
    if len(marks) == 1 and marks[0][1] != "开始" and marks[0][0] > MIN_EXCERPT \
            and not any(_CODED.search(raw) for raw in raw_lines[marks[0][0]:]):
        # （节选完） closing the call (…申报指南（节选） above, its start unmarked): the paper's
        # own after it (an exam's questions, a boss's remarks) quotes the call, it is none of it
        # (not ——以下照指南原文抄录—— … ——抄录完—— in a diary copying more of it, coded, later)
        return raw_lines[:marks[0][0]] + [""] * (len(raw_lines) - marks[0][0])
    if len(marks) != 2 or marks[0][1] != "开始" or marks[1][1] == "开始" \
            or marks[1][0] - marks[0][0] <= MIN_EXCERPT:
        return raw_lines
    (start, _), (end, _) = marks
    return [""] * (start + 1) + raw_lines[start + 1:end] + [""] * (len(raw_lines) - end)


# [00:40] 这个专项有四条共同要求，…。: a caption's line and the moment it was said (a course
# page's AI-captioned transcript, its clock starting again each lesson)
_STAMP = re.compile(r"^(?P<indent>\s*)[\[［](?:\d{1,2}:)?\d{1,2}:\d{2}[\]］][\s\u3000]*(?=\S)")
MIN_STAMPED = 5


def _unstamped(raw_lines: list[str]) -> list[str]:
    """A transcript whose lines each carry the time they were said, most of them sentences:
    the words without the stamps (a numbers' colon in them would read as a ratio: [05:48]
    …按1:1配套). Stamped titles, a recording's chapters, are `_untimed`'s."""
    stamped = [(at, found) for at, raw in enumerate(raw_lines) if (found := _STAMP.match(raw))]
    if len(stamped) < MIN_STAMPED or sum(
            1 for at, found in stamped
            if re.search(r"[，,。！？!?]", raw_lines[at][found.end():])) * 2 <= len(stamped):
        return raw_lines
    out = list(raw_lines)
    for at, found in stamped:
        out[at] = found["indent"] + raw_lines[at][found.end():]
    return out


def _untimed(raw_lines: list[str]) -> list[str]:
    """Chapters opened by the time they start at (five or more, in order): each a heading
    without its time. A chapter its words number (方向1：…, 奖补二：…) stays as written; one they
    do not (传统特色产业技术提升专项, 申报时间和材料报送) is marked a heading of the minutes' own
    (## …), so the numbered chapters after it are its parts until the next."""
    times = [clock_seconds(found["time"] or found["aired"]) for raw in raw_lines
             if (found := _CHAPTER_TIME.match(raw))]
    if len(times) < MIN_CHAPTERS or times != sorted(times):
        return raw_lines
    out = []
    for raw in raw_lines:
        found = _CHAPTER_TIME.match(raw)
        if found is None:
            out.append(raw)
            continue
        said = raw[found.end():]
        # (9:52　问：今年分几大块？ / 9:40　开始。王股长先讲总体。: a note taken at that time, no
        # chapter's title — the words alone)
        noted = re.search(r"[。？！?!]|^(?:问|答)\s*[:：]", said) is not None
        out.append(said if _KEYWORD_CHAPTER.match(said) or noted else "## " + said)
    return out


def _unfilmed(raw_lines: list[str]) -> list[str]:
    """A storyboard's words, line for line: a shot's heading (the line under 字幕条（标题）：), its
    caption cards as sentences and its voice-over; the shot's camera, timing and sound notes
    left out."""
    if sum(1 for raw in raw_lines if _SHOT.match(raw)) < MIN_SHOTS:
        return raw_lines
    out = []
    for raw in raw_lines:
        cards, voice = _CAPTIONS.match(raw), _VOICE.match(raw)
        if cards is not None:
            said = [card.strip() for card in re.split(r"[｜|]", cards["cards"]) if card.strip()]
            out.append("".join(card if card.endswith(tuple("。；;")) else card + "。"
                               for card in said))
        elif voice is not None:
            out.append(voice["said"].strip())
        elif _SHOT.match(raw) or _SHOT_ASIDE.match(raw):
            out.append("")
        else:
            out.append(raw)
    return out


# An editor's find-in-files results (Notepad++): Search "…" (N hits …) ⏎   D:\…\file.txt (N hits)
# ⏎ \tLine 9: text
_SEARCH = re.compile(r"^\ufeff?Search \".*\" \(\d+ hits?")
_HIT_FILE = re.compile(r"^\s{1,4}\S.*\(\d+ hits?\)\s*$")
_HIT = re.compile(r"^\s*Line\s+\d+\s*:\s?(?P<text>.*)$")


def _unsearched(raw_lines: list[str]) -> list[str]:
    """The lines a search kept of the guideline, each where it is: the first search's file
    with the most hits (not last year's file it also found, nor an older search below)."""
    if not raw_lines or not _SEARCH.match(raw_lines[0]) \
            or sum(1 for raw in raw_lines if _HIT.match(raw)) < 5:
        return raw_lines
    files: list[tuple[int, int]] = []  # (start, end) of each file's hits in the first search
    for index, raw in enumerate(raw_lines):
        if index and _SEARCH.match(raw):
            break
        if _HIT_FILE.match(raw):
            files.append((index, index + 1))
        elif files and _HIT.match(raw):
            files[-1] = (files[-1][0], index + 1)
    if not files:
        return raw_lines
    start, end = max(files, key=lambda f: f[1] - f[0])
    out = [""] * len(raw_lines)
    for index in range(start + 1, end):
        hit = _HIT.match(raw_lines[index])
        out[index] = hit["text"].strip() if hit else ""
    return out


# A flat ODF document (.fodt): one paragraph element a line, headings numbered only by their
# outline level (<text:h text:outline-level="2">), spans splitting words and figures
_ODF_HEADING = re.compile(r"<text:h\b[^>]*?text:outline-level=\"(?P<level>\d)\"[^>]*>(?P<text>.*?)"
                          r"</text:h>")
_ODF_PARAGRAPH = re.compile(r"<text:p\b[^>]*>(?P<text>.*?)</text:p>")


def _unflattened_odf(raw_lines: list[str]) -> list[str]:
    """A flat ODT's paragraphs and headings as Markdown would write them (## by outline level,
    so each level is a heading of its own); its styles and settings left out."""
    if not any("office:document" in raw for raw in raw_lines[:5]) \
            or not any(_ODF_HEADING.search(raw) for raw in raw_lines):
        return raw_lines
    out = []
    for raw in raw_lines:
        heading, paragraph = _ODF_HEADING.search(raw), _ODF_PARAGRAPH.search(raw)
        if heading is not None:
            out.append("#" * int(heading["level"]) + " " + _odf_text(heading["text"]))
        elif paragraph is not None:
            out.append(_odf_text(paragraph["text"]))
        else:
            out.append("")
    return out


def _odf_text(xml: str) -> str:
    xml = re.sub(r"<text:s\s*/>", " ", re.sub(r"<text:tab\s*/>", "\t", xml))
    return html.unescape(re.sub(r"<[^>]+>", "", xml)).strip()


# 3．指南代码WA2024-04方向，“研发费用不低于500万元”更正为“研发费用不低于300万元”。 / 删去“…”
_CORRECTION = re.compile(r"[“\"](?P<old>[^”\"]{2,60})[”\"]\s*(?:更正为|修改为|改为|调整为)\s*"
                         r"[“\"](?P<new>[^”\"]{0,60})[”\"]|(?:删去|删除)[“\"](?P<cut>[^”\"]{2,60})[”\"]")
_NOTICE_TITLE = re.compile(r"更正(?:通知|公告|说明)|勘误(?:表|通知)?$")
_SCOPE_CODE = re.compile(r"(?:指南代码|方向代码|代码|编号)\s*(?P<code>[A-Za-z][A-Za-z0-9-]{3,})")
_SCOPE_NAMED = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*"
                          r"(?:第?[(（][一二三四五六七八九十]{1,3}[)）]类?|[“\"])?(?P<name>[\u4e00-\u9fff、]{2,20}?)[”\"]?(?:中|部分)?[,，]")
MIN_CORRECTIONS = 2
_DIVIDER = re.compile(r"-\s*-\s*-")


def _corrected(raw_lines: list[str]) -> list[str]:
    """A guideline forwarded with the bureau's correction notice after it: each change the
    notice lists (“a”更正为“b”, 删去“a”) made where it says (the direction of a code, the section
    a name heads, else the first place the words stand), the notice itself left out."""
    title = next((i for i, raw in enumerate(raw_lines) if _NOTICE_TITLE.search(raw.strip())
                  and i > len(raw_lines) // 3), None)
    if title is None or sum(1 for raw in raw_lines[title:] if _CORRECTION.search(raw)) \
            < MIN_CORRECTIONS:
        return raw_lines
    start = title
    while start > 0 and raw_lines[start - 1].strip() and not _DIVIDER.search(raw_lines[start - 1]):
        start -= 1  # (the notice's issuer and number above its title)
    if start > 0 and _DIVIDER.search(raw_lines[start - 1]):
        start -= 1  # ---- 以下为更正通知 ----: the forwarder's divider
    out = raw_lines[:start] + [""] * (len(raw_lines) - start)
    for raw in raw_lines[title:]:
        change = _CORRECTION.search(raw)
        if change is None:
            continue
        old, new = (change["old"], change["new"]) if change["old"] else (change["cut"], "")
        scope = range(start)
        code, named = _SCOPE_CODE.search(raw[:change.start()]), _SCOPE_NAMED.match(raw)
        anchor = next((i for i in range(start) if code and code["code"] in out[i]), None) \
            if code else next((i for i in range(start) if named and named["name"] in out[i]
                               and len(out[i].strip()) <= 40), None) if named else None
        if anchor is not None:  # (a named section: up to the next heading like it)
            end = next((i for i in range(anchor + 1, start) if not code
                        and _SECTION_START.match(out[i])), start)
            scope = range(anchor, end)
        for i in scope:
            if old in out[i]:
                out[i] = out[i].replace(old, new, 1)
                if anchor is None or code:  # (a direction's words: their first place only)
                    break
    return out


_SECTION_START = re.compile(r"^\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]"
                            r"|[一二三四五六七八九十]{1,3}、)")


def _unrecovered(raw_lines: list[str]) -> list[str]:
    """The document's own text in what Word recovered from a damaged file: the header's
    noise, field residue and everything after the signature's date left out, each line where
    it was."""
    if not any(_OLE_MARK.search(raw) for raw in raw_lines[:8]):
        return raw_lines
    out = [raw if not (len(_LATIN_NOISE.findall(raw)) >= 3 or (
        _FIELD_RESIDUE.search(raw) and not re.search(r"[\u4e00-\u9fff]", raw))
        or _OLE_MARK.search(raw)) else "" for raw in raw_lines]
    signed = [i for i, raw in enumerate(out) if _SIGNED.match(raw)]
    if signed:
        end = next((i for i in range(signed[-1] + 1, len(raw_lines))
                    if _TRAILER.search(raw_lines[i])), None)
        if end is not None:
            out[end:] = [""] * (len(out) - end)
    return out


def _unstyled(raw_lines: list[str]) -> list[str]:
    """The paragraphs' text without the style names a dump put before them (where most lines
    carry one of a few names, Word's among them)."""
    styled = [m for raw in raw_lines if (m := _STYLED.match(raw))]
    texts = [raw for raw in raw_lines if raw.strip()]
    names = {m["style"].strip() for m in styled}
    if not texts or len(styled) < MIN_STYLED_SHARE * len(texts) or len(names) > 15 \
            or sum(1 for name in names if _WORD_STYLE.match(name)) < 2:
        return raw_lines
    return [m["text"] if (m := _STYLED.match(raw)) else raw for raw in raw_lines]


# An office system's form printed (钉钉/企业微信 审批单): rows │label　│ value, a long field's
# text (通知正文) going on in rows whose label cell is empty, the frame's rules between
# (two cells only: a table's rows have more, its wrapped cells an empty first cell too)
# (and no tree: │  ├─ 共性要求 is a mind map's branch)
_FORM_ROW = re.compile(r"^\s*[│┃|](?P<label>[^│┃|\n]{0,16}?)[│┃|]\s?(?![\s─━├└┌┬┼]*[├└─])"
                       r"(?P<text>[^│┃|]*?)\s*[│┃|]?\s*$")
MIN_GUTTERED = 10
_FORM_EDGE = re.compile(r"^\s*[│┃]")


def _unguttered(raw_lines: list[str]) -> list[str]:
    """A form's long text field read as its text, a row a line: the gutter of the rows that
    carry it on taken off, and the first row's label too (通知正文 before the notice's first
    line); the form's other rows (审批编号, 申请人 …) stay as label：value."""
    rows = [_FORM_ROW.match(raw) for raw in raw_lines]
    empty = [row is not None and not row["label"].strip(" \u3000") for row in rows]
    if sum(empty) < MIN_GUTTERED:
        return raw_lines
    out = []
    for at, (raw, row) in enumerate(zip(raw_lines, rows, strict=True)):
        if row is None:  # (│审批流程, │ 钟经理 已同意…: the form's own rows, after the field)
            out.append("" if _FORM_EDGE.match(raw) else raw)
        elif empty[at] or (at + 1 < len(rows) and empty[at + 1]):
            out.append(row["text"])  # (the field's first row: its label names the field)
        else:
            out.append(f"{row['label'].strip(' 　')}：{row['text']}")
    return out


# A print shop's typesetting source (方正书版: 〖BT3〗一、总体要求〖BT〗,
# 〖HT5K〗研究内容：〖HT〗…): its codes in 〖〗 (headings, fonts, emphasis, spacing, blank
# lines) around the text, ↙ a break inside a paragraph
# (not 〖YY24G01〗, 〖SX24-XC01〗: a direction's code in those brackets, digits run after letters)
_TYPESET_CODE = re.compile(r"〖(?![A-Za-z]{1,8}-?\d{2,}[0-9A-Za-z\-]*〗)"
                           r"[A-Z]{1,3}[^〖〗\n]{0,16}〗")
MIN_TYPESET_LINES = 5


def typeset(raw_lines: list[str]) -> bool:
    """Is this a typesetter's source (five or more lines carry its codes)?"""
    return sum(1 for raw in raw_lines if _TYPESET_CODE.search(raw)) >= MIN_TYPESET_LINES


def _untypeset(raw_lines: list[str]) -> list[str]:
    """The text without its typesetting codes."""
    if not typeset(raw_lines):
        return raw_lines
    return [_TYPESET_CODE.sub("", raw).replace("↙", "") for raw in raw_lines]


# An AI assistant's answer with its sources listed under it (参考来源： ⏎ [1] 盐池县人民政府网 ›
# … ⏎ [2] …): where it found what it said, no heading of the call
_REFERENCES_HEAD = re.compile(r"^\s*(?:参考|引用|信息)?(?:来源|资料|链接|出处)\s*[:：]\s*$")
_REFERENCE_LINE = re.compile(r"^\s*[\[［]\d{1,2}[\]］]\s*\S")


# ▸ 已深度思考（用时 9 秒） ⏎ ｜用户问的是…: the model's reasoning shown above its answer
_REASONING_HEAD = re.compile(r"^\s*[▸▾►>]?\s*(?:已深度思考|已思考|深度思考|思考过程)"
                             r"(?:[(（][^()（）]{0,16}[)）])?\s*$")
_REASONING_LINE = re.compile(r"^\s*[｜|>]")


def _unreferenced(raw_lines: list[str]) -> list[str]:
    """The text without the sources an answer lists under 参考来源： and the reasoning shown
    above it (▸ 已深度思考 ⏎ ｜…), each line where it was."""
    out = list(raw_lines)
    for at, raw in enumerate(raw_lines):
        head, line = ((_REFERENCES_HEAD, _REFERENCE_LINE) if _REFERENCES_HEAD.match(raw)
                      else (_REASONING_HEAD, _REASONING_LINE))
        if not head.match(raw):
            continue
        after = at + 1
        while after < len(raw_lines) and line.match(raw_lines[after]):
            after += 1
        if after > at + 1 or head is _REASONING_HEAD:
            out[at:after] = [""] * (after - at)
    return out


# A post copied from a social site (微博, a 公众号's 留言): the post ends at its counts row
# (转发 23　评论 17　赞 41) or its 原文链接 line just above it; what follows is readers' comments
_COUNTS_ROW = re.compile(r"^\s*(?:转发|分享)\s*\d*\s*[|｜\s]*评论\s*\d*\s*[|｜\s]*"
                        r"(?:赞|点赞)\s*\d*\s*$")
_SOURCE_LINK = re.compile(r"^\s*(?:原文链接|原文地址|阅读原文)\s*[:：]?")
POST_TAIL = 8  # the lines a post's link, tags and 收起 take above its counts row
# or a page's thread header, once, in its second half (评论（46）　热门 ｜ 最新, 全部评论 46 条,
# 【精选留言】): a podcast's or article's comments under its text (a series' episodes, each
# with its 【热门评论】, are read by video_series)
_THREAD_HEAD = re.compile(r"^\s*(?:【(?:热门|全部|精选)?(?:评论|留言)(?:区)?】"
                          r"|(?:(?:热门|全部|精选)?(?:评论|留言)(?:区)?\s*[(（]?\d+[)）]?\s*条?"
                          r"|(?:热门|全部|精选)(?:评论|留言)(?:区)?))"
                          r"(?:[\s\u3000|｜]+(?:热门|最新|按热度|按时间)\S*)*\s*$")


def _thread_start(raw_lines: list[str]) -> int | None:
    """Where the readers' comments start: a counts row, or a page's one thread header in
    its second half."""
    counts = next((i for i, raw in enumerate(raw_lines) if _COUNTS_ROW.match(raw)), None)
    if counts is not None:
        return counts
    heads = [i for i, raw in enumerate(raw_lines) if _THREAD_HEAD.match(raw)]
    return heads[0] if len(heads) == 1 and heads[0] >= len(raw_lines) // 2 else None


def _unposted(raw_lines: list[str]) -> list[str]:
    """The post without its readers' comments (and its link, tags and buttons after the
    text), each line where it was."""
    counts = _thread_start(raw_lines)
    if counts is None:
        return raw_lines
    end = next((i for i in range(max(0, counts - POST_TAIL), counts)
                if _SOURCE_LINK.match(raw_lines[i])), counts)
    return raw_lines[:end] + [""] * (len(raw_lines) - end)


# A forum post's BBCode source (Discuz!: [p=28, 2, left][size=16px][font=仿宋_GB2312]…[/font]):
# its tags around the text, a [table]'s cells in [td]…[/td] on one line a row
_BBCODE_TAG = re.compile(r"\[/?(?:b|i|u|s|size|font|color|align|p|url|quote|table|tr|td|img"
                         r"|attach|list|indent|backcolor|hr|code|float|media|\*)(?:=[^\]\n]*)?\]",
                         re.I)
_BBCODE_DROPPED = re.compile(r"\[(attach|img)(?:=[^\]\n]*)?\][^\[\n]*\[/\1\]", re.I)
_BBCODE_CELL = re.compile(r"\[/td\]\s*\[td(?:=[^\]\n]*)?\]", re.I)
MIN_BBCODE_LINES = 5


def bbcoded(raw_lines: list[str]) -> bool:
    """Is this a forum post's BBCode source (five or more lines carry its tags)?"""
    return sum(1 for raw in raw_lines if len(_BBCODE_TAG.findall(raw)) >= 2) >= MIN_BBCODE_LINES


def _unbbcoded(raw_lines: list[str]) -> list[str]:
    """The post's text without its BBCode: a table's cells split by tabs, attachments' and
    images' ids dropped."""
    if not bbcoded(raw_lines):
        return raw_lines
    return [_BBCODE_TAG.sub("", _BBCODE_CELL.sub("\t", _BBCODE_DROPPED.sub("", raw))).strip()
            if _BBCODE_TAG.search(raw) else raw for raw in raw_lines]


# A guideline kept in git and shown as a diff (git show / git diff -U100000): its commit
# header, then hunks whose every line is prefixed ' ' (kept), '+' (this year's) or '-' (last
# year's, replaced): the new text is the kept and added lines
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_DIFF_HEAD = re.compile(r"^(?:diff --git |index [0-9a-f]+\.\.|--- |\+\+\+ |new file mode"
                        r"|deleted file)")


def _undiffed(raw_lines: list[str]) -> list[str]:
    """The new side of a diff, each line where it was (the old side's lines, the headers and
    the commit above them blank)."""
    first = next((i for i, raw in enumerate(raw_lines) if _HUNK.match(raw)), None)
    if first is None or not any(raw.startswith("+++ ") for raw in raw_lines[:first]):
        return raw_lines
    out = [""] * first
    for raw in raw_lines[first:]:
        if _HUNK.match(raw) or _DIFF_HEAD.match(raw) or raw.startswith(("-", "\\")):
            out.append("")
        else:
            out.append(raw[1:] if raw.startswith((" ", "+")) else raw)
    return out


# An article copied from a column site (知乎) a selection at a time: each copy leaves the
# site's notice (作者 / 链接 / 来源 / 著作权归作者所有…), a selection may repeat the end of the
# one before, and the page's byline, likes and 小编注 asides are no guideline's
_COPY_RIGHTS = re.compile(r"^\s*著作权归(?:作者|原作者)所有")
_COPY_HEAD = re.compile(r"^\s*(?:作者|链接|来源)\s*[:：]")
_BYLINE_END = re.compile(r"^\s*\d+\s*人赞同了该(?:文章|回答)\s*$")
_EDITED = re.compile(r"^\s*(?:编辑于|发布于)\s*\d{4}-\d{2}-\d{2}")
_EDITOR_ASIDE = re.compile(r"^\s*[(（]\s*(?:小编注|编者注|编者按|小编说|小编提示)\s*[:：]"
                           r".*[)）]\s*$")
MIN_OVERLAP = 4


def _uncopied(raw_lines: list[str]) -> list[str]:
    """The article without the notices its copies left, each selection's repeat of the one
    before taken out (a line said again, or the end of a cut line), and without the page's
    byline and the editor's asides; each line where it was."""
    notices = [i for i, raw in enumerate(raw_lines) if _COPY_RIGHTS.match(raw)]
    if not notices:
        return raw_lines
    lines = list(raw_lines)
    for end in notices:
        start = end
        while start > 0 and _COPY_HEAD.match(lines[start - 1]):
            start -= 1
        for i in range(start, end + 1):
            lines[i] = ""
        before = next((i for i in range(start - 1, -1, -1) if lines[i].strip()), None)
        after = next((i for i in range(end + 1, len(lines)) if lines[i].strip()), None)
        if before is None or after is None:
            continue
        said, next_text = lines[before].rstrip(), lines[after].strip()
        if next_text == said.strip():
            lines[after] = ""  # (the selection began again at the line it ended on)
            continue
        overlap = next((k for k in range(min(len(said), len(next_text)), MIN_OVERLAP - 1, -1)
                        if said.endswith(next_text[:k])), 0)
        if overlap:  # (…山野菜等林下经济作物 ⏎ 山野菜等林下经济作物标准化种植…: the cut line whole)
            lines[before] = said + next_text[overlap:]
            lines[after] = ""
    byline = next((i for i, raw in enumerate(lines[:8]) if _BYLINE_END.match(raw)), None)
    if byline is not None:  # the author, the bio and the likes under the title
        lines[1:byline + 1] = [""] * byline
    return ["" if _EDITED.match(raw) or _EDITOR_ASIDE.match(raw) else raw for raw in lines]


# A survey a bureau built from its guideline (问卷星, saved as text): a question a plan
# (5. 重点研发计划（归口：…）拟申报方向：[多选题] *), its 题目说明 the plan's terms, a lettered
# option a direction (□A. title（code）｜资助…｜拟支持2项) with its 选项说明; the profile
# questions, their tick boxes and fill-in lines, the skip logic and □以上均不申报 no guideline's
_QUESTION = re.compile(r"^\s*(?P<num>\d{1,2})\s*[.．、]\s*(?P<title>.+?)\s*[:：]?\s*"
                       r"\[(?:单选题|多选题|填空题|排序题|量表题|下拉框|文件上传|矩阵[^\]]{0,6})\]"
                       r"\s*\*?\s*$")
_OPTION = re.compile(r"^\s*[□○☐◯]\s*(?:(?P<letter>[A-Z])\s*[.．、]\s*)?(?P<text>.*)$")
_SURVEY_NOTE = re.compile(r"^\s*(?:题目说明|选项说明)\s*[:：]\s*")
_SKIP_LOGIC = re.compile(r"^\s*依赖于第\s*\d+\s*题")
_ASKED = re.compile(r"\s*拟?申报(?:方向|事项|项目)?$")
MIN_QUESTIONS = 3


def surveyed(raw_lines: list[str]) -> bool:
    """Is this a survey's export (three or more questions marked with their kind)?"""
    return sum(1 for raw in raw_lines if "题]" in raw and _QUESTION.match(raw)) >= MIN_QUESTIONS


def _unsurveyed(raw_lines: list[str]) -> list[str]:
    """The survey read as the outline it was built from: the questions with lettered options
    the plans, the options the directions, their 说明 their text; the rest blank."""
    if not surveyed(raw_lines):
        return raw_lines
    asked = [i for i, raw in enumerate(raw_lines) if _QUESTION.match(raw)]
    lines = list(raw_lines)
    ends = [*asked[1:], len(lines)]
    for start, end in zip(asked, ends, strict=True):
        question = _QUESTION.match(lines[start])
        assert question is not None
        block = range(start + 1, end)
        stop = next((i for i in block if not lines[i].strip()), end)  # (a blank: the part ends)
        options = [i for i in range(start + 1, stop) if (m := _OPTION.match(lines[i]))
                   and m["letter"]]
        if not options:  # a question about the applicant: none of the guideline's
            for i in range(start, stop):
                lines[i] = ""
            continue
        lines[start] = f"{question['num']}．{_ASKED.sub('', question['title'])}"
        for i in range(start + 1, stop):
            option = _OPTION.match(lines[i])
            if option is not None and option["letter"]:
                head, *terms = re.split(r"\s*[｜|]\s*", option["text"].strip())
                lines[i] = f"{option['letter']}．{head}" + (
                    "。" + "；".join(terms) + "。" if terms else "")
            elif option is not None or _SKIP_LOGIC.match(lines[i]):
                lines[i] = ""  # □以上均不申报, 依赖于第3题第1个选项
            else:
                lines[i] = _SURVEY_NOTE.sub("", lines[i])
    return lines


# Text a data pipeline split into words (jieba and its kin: 辽源市 科学技术 局 关于 …), a
# sentence a line, its punctuation folded to ASCII, a '#' header of the pipeline's own on top
_SPLIT_CJK = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_TOKEN_GAP = re.compile(r"(?<=\S) (?=\S)")
_PIPELINE_HEAD = re.compile(r"^#\s*[a-z_]+\s*:")
MIN_SPLIT_SHARE = 0.5


def _unsegmented(raw_lines: list[str]) -> list[str]:
    """The words joined back (a space kept only between two Latin words), the pipeline's
    header dropped; where most lines of Chinese are split word by word."""
    if sum(1 for raw in raw_lines if " " in raw.strip()) < MIN_SPLIT_SHARE * sum(
            1 for raw in raw_lines if raw.strip()):
        return raw_lines  # (most lines hold no space at all: no word was split)
    texts = [raw for raw in raw_lines if re.search(r"[\u4e00-\u9fff]", raw)]
    split = sum(1 for raw in texts if len(_SPLIT_CJK.findall(raw)) >= 2
                or (len(raw) < 24 and _SPLIT_CJK.search(raw)))
    if not texts or split < MIN_SPLIT_SHARE * len(texts) \
            or sum(1 for raw in raw_lines if _spaced_out(raw) is not None) >= 5:
        return raw_lines  # (a space after every character: letter-spaced PDF text, not words)

    def joined(raw: str) -> str:
        return _TOKEN_GAP.sub(lambda m: " " if re.match(r"[A-Za-z]", raw[m.end()]) and re.match(
            r"[A-Za-z]", raw[m.start() - 1]) else "", raw)
    return ["" if _PIPELINE_HEAD.match(raw) else joined(raw) for raw in raw_lines]


# An outliner's export (OPML: 幕布, XMind, WorkFlowy): a node a line, its words in text="…",
# a note in _note="…" (&#10; its line breaks). A label node's note is its value (支持方式及要求 ⏎
# 采取前资助方式…); a titled node's note is the reader's own (【我司备注】…, 原文第1页)
_OPML_NODE = re.compile(r'<outline\b[^>]*?\btext="(?P<text>[^"]*)"')
_OPML_NOTE = re.compile(r'\b_note="(?P<note>[^"]*)"')


def _unoutlined(raw_lines: list[str]) -> list[str]:
    """An OPML export read as its nodes' words, a line a node (its markup lines blank)."""
    if not any("<opml" in raw for raw in raw_lines[:5]):
        return raw_lines
    lines = []
    for raw in raw_lines:
        node = _OPML_NODE.search(raw)
        if node is None:
            lines.append("")
            continue
        text = html.unescape(node["text"]).strip()
        note = _OPML_NOTE.search(raw)
        if note is not None and len(text) <= 10 and not re.search(r"[。；;，,：:]", text):
            value = html.unescape(note["note"]).replace("\n", "")
            text = f"{text}：{value}"
        lines.append(text)
    return lines


# A guideline kept as XML markup (a text-to-speech script's SSML: <p> a paragraph, numbers in
# <say-as>, <sub alias="一比一">1:1</sub> the written form inside, <break/>, <phoneme>, the
# producer's <!-- comments -->): the text the markup wraps, as written
_XML_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|<\?xml[^>]*\?>")
_XML_COMMENT = re.compile(r"<!--.*?-->", re.S)
MIN_MARKED_SHARE = 0.5


def marked_up(raw_lines: list[str]) -> bool:
    """Is this XML markup (most lines open with a tag)?"""
    texts = [raw for raw in raw_lines if raw.strip()]
    return bool(texts) and sum(1 for raw in texts if raw.lstrip().startswith("<")) \
        >= MIN_MARKED_SHARE * len(texts)


# **1. 高支纱及功能性纺织面料开发** `HC23-GX01`: a heading's code set as Markdown inline code
_CODE_SPAN = re.compile(r"(?<=\S)\s*`(?P<code>[A-Za-z0-9][A-Za-z0-9\-_.]{2,23})`\s*$")


def _uncoded_spans(raw_lines: list[str]) -> list[str]:
    """A code in backticks closing a line, said in brackets as a heading's code is (where two or
    more lines end so)."""
    if sum(1 for raw in raw_lines if _CODE_SPAN.search(raw)) < 2:
        return raw_lines
    return [_CODE_SPAN.sub(lambda m: f"（{m['code']}）", raw) for raw in raw_lines]


def _unmarked(raw_lines: list[str]) -> list[str]:
    """The text without its tags and comments (entities undone), line for line."""
    if not marked_up(raw_lines):
        return raw_lines
    raw_lines = html_rows(raw_lines)
    # (a wiki page's status label, Green 我司主报: no word of the guideline's)
    return [html.unescape(_XML_TAG.sub("", line)).replace("\xa0", " ").strip()
            for line in wikitext.without_spans(raw_lines, _XML_COMMENT, _STATUS_MACRO)]


_ROW_OPENS = re.compile(r"^\s*<tr\b[^<>]*>\s*$", re.IGNORECASE)
_ROW_ENDS = re.compile(r"^\s*</tr>\s*$", re.IGNORECASE)
_CELL_LINE = re.compile(r"^\s*<t[dh]\b[^<>]*>(?P<cell>.*?)</t[dh]>\s*$", re.IGNORECASE)


def html_rows(raw_lines: list[str]) -> list[str]:
    """An HTML table pasted as its source, a cell a line (<tr> ⏎ <td>专项名称</td> ⏎ <td>支持
    方式</td> ⏎ </tr>): each row read as one tab-separated line on its first cell's line (the
    lines of its other cells left empty)."""
    if not any("<tr" in raw or "<TR" in raw for raw in raw_lines):
        return raw_lines
    out = list(raw_lines)
    for opens, raw in enumerate(raw_lines):
        if not _ROW_OPENS.match(raw):
            continue
        end = next((i for i in range(opens + 1, min(len(raw_lines), opens + 40))
                    if _ROW_ENDS.match(raw_lines[i])), None)
        cells = [_CELL_LINE.match(line) for line in raw_lines[opens + 1:end]] if end else []
        if len(cells) < 2 or any(cell is None for cell in cells):
            continue
        texts = [html.unescape(_XML_TAG.sub("", cell["cell"])).strip() for cell in cells if cell]
        out[opens + 1] = "\t".join(texts)
        for i in range(opens + 2, end or opens):
            out[i] = ""
    return out


# <ac:structured-macro ac:name="status">…<ac:parameter ac:name="title">我司主报</…>: a
# Confluence status lozenge its readers put into a heading, no word of the guideline's
_STATUS_MACRO = re.compile(r"<ac:structured-macro\b[^>]*ac:name=\"status\"[^>]*>.*?"
                           r"</ac:structured-macro>", re.S)


# Word's symbol-font bullets saved as plain text come out as the letters of their code points
# (Wingdings Ø ü § n l q v …) and a tab: each letter the bullet it was, a level of its own
_WINGDINGS = {"Ø": "■", "ü": "◆", "§": "▲", "v": "◇", "q": "□", "Ú": "►", "Ö": "▶",
              "n": "●", "l": "●", "o": "○"}
_WINGDING_LINE = re.compile(rf"^(?P<lead>\s*)(?P<mark>[{''.join(_WINGDINGS)}])\t(?=\S)")


def _unwingded(raw_lines: list[str]) -> list[str]:
    """The bullets back (where five or more lines open with such a letter and a tab)."""
    if sum(1 for raw in raw_lines if _WINGDING_LINE.match(raw)) < 5:
        return raw_lines
    return [_WINGDING_LINE.sub(lambda m: f"{m['lead']}{_WINGDINGS[m['mark']]} ", raw)
            for raw in raw_lines]


def _spaced_out(text: str) -> str | None:
    """贵 阳 市 2 0 2 3 年 度 — a line set with widened character spacing, as a PDF's text
    layer gives it: every other character a space. The line as written, or None."""
    body = text.strip()
    if len(body) < 7 or len(body) % 2 == 0 or body[1::2].strip(" \u3000") \
            or _PAGE_OF.match(body[::2]):
        return None  # (项　目 ⏎ 要　求: cells, a tab apart; 第 3 页 共 9 页: a page's number)
    return text[:len(text) - len(text.lstrip())] + body[::2]


# (outline.PAGE_NUMBER's 第N页共M页; outline reads text through this module, which may not
# import it back)
_PAGE_OF = re.compile(r"^第\d+页(?:共\d+页)?$")


def _unspaced(raw_lines: list[str]) -> list[str]:
    """The lines of a text laid out with a space after every character read back (where
    five or more lines are set that way; a paragraph's tight last line stays as it is)."""
    spaced = [_spaced_out(raw) for raw in raw_lines]
    if sum(1 for line in spaced if line is not None) < 5:
        return raw_lines
    return [line if line is not None else raw for raw, line in zip(raw_lines, spaced, strict=True)]


# A guideline posted as a group chat's messages, exported: each message opens with its time
# and sender (2024-03-11 09:15:48 茂名市科技局-陈晓); 接上条： carries the message before on
_MESSAGE_HEAD = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+"
                           r"(?P<sender>\S.{0,40}?)\s*$")
_RECALLED = re.compile(r"撤回了一条消息|recalled a message")
_GOES_ON = re.compile(r"^(\s*)(?:接上条|续上条|(?:[(（]接上条[)）]))\s*[:：]?\s*")


# 【P14 二、农业科技示范项目（农村科技股管）】: a note-taker's heading, the slide it was on first
_SLIDE_TAGGED = re.compile(rf"^(?P<indent>\s*(?:#{{1,6}}\s+)?)(?:[【\[［]\s*{_SLIDE}[\s\u3000]+"
                           r"(?P<inner>[^】\]］]+?)\s*[】\]］]\s*$"
                           rf"|[【\[［]\s*{_SLIDE}\s*[】\]］]\s*(?P<after>\S.*)$)")


def _unslid(raw_lines: list[str]) -> list[str]:
    """Lecture notes headed by the slides they were taken from (【P5 一、重点研发计划…】, two
    or more): each numbered heading as the slide shows it, without the slide's number and the
    box; an unnumbered one keeps its box."""
    tagged = [(at, m) for at, raw in enumerate(raw_lines) if (m := _SLIDE_TAGGED.match(raw))]
    if len(tagged) < 2:
        return raw_lines
    out = list(raw_lines)
    for at, match in tagged:  # (【P30 申报材料 / 注意事项】: a box of its own, its name kept boxed)
        inner = match["inner"] or match["after"]
        # (【PPT 2-1】棉花…（代码：HTB26-NY01）: a title its code closes needs no box — and the
        # page width may have cut the code off it)
        coded = match["after"] is not None and re.search(r"[(（][^()（）]*(?:代码|编号)", inner)
        out[at] = match["indent"] + (inner if OUTLINED.match(inner) or coded else f"【{inner}】")
    return out


# 评论（3）： ⏎ 2025-03-13 10:21 赵丽：1.2方向跟我们最对口… ⏎ …: a record's comment thread (a
# kanban card's, a task's), its count said, the comments under it to the blank line that ends it
_THREAD_LABEL = re.compile(r"^\s*(?:评论|留言|回复|讨论)\s*[(（]\s*\d{1,3}\s*[)）]\s*[:：]?\s*$")


def _unthreaded(raw_lines: list[str]) -> list[str]:
    """The text without the comment threads under its records (where they are labelled with
    their count): team members' remarks, not the call's words — nor a chat's messages."""
    if not any(_THREAD_LABEL.match(raw) for raw in raw_lines):
        return raw_lines
    out = list(raw_lines)
    inside = False
    for index, raw in enumerate(raw_lines):
        if _THREAD_LABEL.match(raw):
            inside = True
        elif not raw.strip():
            inside = False
        if inside:
            out[index] = ""
    return out


def _unchatted(raw_lines: list[str]) -> list[str]:
    """The guideline's words as its posters sent them (where five or more lines are message
    heads; the bureau whose members wrote the most): heads, the other members' messages
    (收到, 👍) and recalled-message notices dropped, 接上条： going on from the text before."""
    heads = [m["sender"] if (m := _MESSAGE_HEAD.match(raw)) else None for raw in raw_lines]
    senders = [sender for sender in heads if sender is not None]
    if len(senders) < 5:
        return raw_lines
    sizes: dict[str, int] = {}
    sender = None
    for raw, head in zip(raw_lines, heads, strict=True):
        sender = head or sender
        if head is None and sender is not None:
            sizes[sender] = sizes.get(sender, 0) + len(raw.strip())

    if not sizes:  # (a log of dated lines with no message under any: no chat)
        return raw_lines

    def office(name: str) -> str:  # 茂名市科技局-陈晓 and 茂名市科技局-林志强: one bureau
        return re.split(r"[-—·|(（]", name, maxsplit=1)[0]

    poster = office(max(sizes, key=lambda name: sizes[name]))
    out, sender = [], None
    for raw, head in zip(raw_lines, heads, strict=True):
        sender = head or sender
        kept = head is None and (sender is None or office(sender) == poster) \
            and not _RECALLED.search(raw)
        out.append(_GOES_ON.sub(r"\1", raw) if kept else "")
    return out


# A text copied out of a file viewer with its line numbers (  12 | 1. 名称), the rows its width
# wrapped carrying on after a bare bar (     | 每项资助…)
_NUMBERED_ROW = re.compile(r"^\s*(?P<n>\d{1,4})\s*[|│]\s?(?P<text>.*)$")
_WRAPPED_ROW = re.compile(r"^\s*[|│]\s?(?P<text>.*)$")


# [013] 1.蜜桃采后预冷…（MY26ZY01） / …每项10～20万元〔P04〕。: a proof-checking tool's report,
# each paragraph numbered in brackets, each problem it found marked where it stands
_PARAGRAPH_INDEX = re.compile(r"^\s*\[(?P<n>\d{3,4})\]\s+")
_PROBLEM_MARK = re.compile(r"〔P\d{1,3}〕")
MIN_INDEXED = 8


def _unindexed(raw_lines: list[str]) -> list[str]:
    """The paragraphs without the tool's index numbers and problem marks (where most
    paragraphs are indexed, in order; a paragraph's wrapped lines carry no index)."""
    numbers = [int(m["n"]) for raw in raw_lines if (m := _PARAGRAPH_INDEX.match(raw))]
    if len(numbers) < MIN_INDEXED or any(b <= a for a, b in itertools.pairwise(numbers)):
        return raw_lines
    return [_PROBLEM_MARK.sub("", _PARAGRAPH_INDEX.sub("", raw)) for raw in raw_lines]


def _unnumbered(raw_lines: list[str]) -> list[str]:
    """The lines without the viewer's numbers, each wrapped row joined to the row it carries
    on (its own line left empty): where most lines are numbered, in order."""
    numbers = [int(m["n"]) for raw in raw_lines if (m := _NUMBERED_ROW.match(raw))]
    filled = [raw for raw in raw_lines if raw.strip()]
    if len(numbers) < 10 or len(numbers) < len(filled) // 2 \
            or any(b <= a for a, b in itertools.pairwise(numbers)):
        return raw_lines
    out: list[str] = []
    last = None  # the index of the row a wrapped row carries on
    for raw in raw_lines:
        numbered, wrapped = _NUMBERED_ROW.match(raw), _WRAPPED_ROW.match(raw)
        if numbered is not None:
            out.append(numbered["text"])
            last = len(out) - 1
        elif wrapped is not None and last is not None:
            out[last] += wrapped["text"].strip()
            out.append("")
        else:
            out.append(raw)
            last = None
    return out


# An RTF file read as text (\pard\b 1.\~名称\b0\par, table rows \intbl …\cell…\row): the
# words without the markup, a row's cells as tab-separated cells, line for line
_RTF_GROUP = re.compile(r"\{\\\*?\\?(?:fonttbl|colortbl|stylesheet|generator|info)"
                        r"[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_RTF_CELL = re.compile(r"\\cell\b\s?")
_RTF_WORD = re.compile(r"\\(?:[a-z]{1,32}-?\d*\s?|~|'[0-9a-f]{2}|[{}\\])")


def _without_rtf(raw_lines: list[str]) -> list[str]:
    if not raw_lines or not raw_lines[0].lstrip("\ufeff").startswith("{\\rtf"):
        return raw_lines

    def plain(raw: str) -> str:
        if raw.lstrip().startswith("\\trowd"):
            return ""  # a table row's layout
        text = _RTF_GROUP.sub("", raw)
        text = _RTF_CELL.sub("\t", text).replace("\\~", " ")
        text = _RTF_WORD.sub(lambda m: m[0][1] if m[0] in ("\\{", "\\}", "\\\\") else "", text)
        return text.replace("{", "").replace("}", "").rstrip("\t ").strip()

    return [plain(raw) for raw in raw_lines]


# A 修订稿 keeping its marks: struck text (each character followed by a combining stroke, or
# ~~in Markdown~~) is gone, text added in 〖〗 stays without them — read as revised.
_STRUCK = re.compile(r"[^\u0334-\u0338][\u0334-\u0338]+")
_STRIKE = re.compile(r"[\u0334-\u0338]")
_MD_STRUCK = re.compile(r"~~[^~\n]+~~")
_INSERTED = re.compile(r"〖([^〖〗]*)〗")


def _accepted(raw: str) -> str:
    """The line with its tracked changes accepted (a line only deleted is an empty one)."""
    done = _TRACKED_INSERTED.sub(r"\1", _TRACKED_DELETED.sub("", raw))
    return "" if done != raw and not done.strip() else done


# OCR of a scanned page reads 0 as O and 1 as l (5O~l0O万元, 拟支持l项, l:l, 8O万兀): digits
# mixed with those letters, outside any Latin word, are the sign
_OCR_MIXED = re.compile(r"(?<![A-Za-z])(?:\d+[OolI]+|[OolI]+\d+)[\dOolI]*(?![A-Za-z])")
_OCR_NUMBER = re.compile(
    r"(?<![A-Za-z])[\dOolI]*\d[\dOolI]*(?![A-Za-z])"  # 2O24, l0O, l8
    r"|(?<![A-Za-z])[OolI]+(?=\s*[万元兀项个年月人家%倍亿])"  # 拟支持l项, (不低于2 ⏎) OO万元
    r"|(?<![A-Za-z])[lI](?=[:：∶]\s*[\dlI](?![A-Za-z]))|(?<=[:：∶])[lI](?![A-Za-z])"  # l:l
    # I.喀斯特石漠化综合治理: a heading's 1. (l. is _ocr_numbers' already; I. only in a scan)
    r"|^\s*I(?=[.、．]\s*[\u4e00-\u9fff])"
    r"|(?<![A-Za-z])[lI](?=[.．]\d)")  # 的l.5倍: a decimal's first digit
_OCR_DIGITS = str.maketrans("OolI", "0011")
_OCR_YUAN = re.compile(r"(?<=[\d万])兀")


_OCR_LETTER = re.compile(r"[OolI]")


def _ocr_hints(text: str) -> int:
    """How often a digit and O or l stand side by side (a quick count: most documents hold
    few Latin letters) before the careful look."""
    return sum(1 for m in _OCR_LETTER.finditer(text)
               if text[m.start() - 1:m.start()].isdigit() or text[m.end():m.end() + 1].isdigit())


def _ocr_repaired(raw_lines: list[str]) -> list[str]:
    """A text layer made by OCR with its digits read back as digits (only where at least
    three lines mix digits with O and l that way: O2O alone is a word)."""
    if _ocr_hints("\n".join(raw_lines)) < 3 \
            or sum(1 for raw in raw_lines if _OCR_MIXED.search(raw)) < 3:
        return raw_lines
    return [_OCR_YUAN.sub("元", _OCR_NUMBER.sub(lambda m: m[0].translate(_OCR_DIGITS), raw))
            for raw in raw_lines]


# 二、支持方向 / 2. 지원 방향: each line in Chinese, then its translation after a slash
# (2．新疆褐牛…（指南代码：YNNZ2502） | 2. شىنجاڭ…: a bar before a script that is not Latin)
_TRANSLATION = re.compile(r"\s+(?P<sep>[/|｜])(?:\s+(?P<tail>[^\u4e00-\u9fff]*\S[^\u4e00-\u9fff]*)"
                          r"|\s*)$")
_SCRIPTS = (r"\uac00-\ud7af\u1100-\u11ff\u0600-\u06ff\u1800-\u18af\u0f00-\u0fff"
            r"\u0400-\u04ff")
_FOREIGN = re.compile(rf"[{_SCRIPTS}A-Za-z]")
_SCRIPT = re.compile(rf"[{_SCRIPTS}]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CHINESE = re.compile(r"[\u4e00-\u9fff\u3001-\u3003\u3008-\u3011\uff01-\uff1f]")


def _without_translation_lines(raw_lines: list[str]) -> list[str]:
    """A document in Chinese and Uyghur (Mongolian, Tibetan, Korean…), each paragraph's
    translation on lines of its own after it: those lines go, left empty (the Chinese prevails,
    and a translation read on into a sentence hides how it opens). Where five lines at least are
    in such a script alone."""
    def foreign(raw: str) -> bool:
        said = re.sub(r"[\s\u200e\u200f]", "", raw)
        return bool(said) and not _HAN.search(said) \
            and len(_SCRIPT.findall(said)) >= max(2, len(said) // 2)
    marks = [foreign(raw) for raw in raw_lines]
    if sum(marks) < 5:
        return raw_lines
    return ["" if mark else raw for raw, mark in zip(raw_lines, marks, strict=True)]


def _untranslated(raw_lines: list[str]) -> list[str]:
    """A document that puts each line's translation after it on the same line (Chinese first,
    the Korean, Uyghur, Mongolian … after ` / `) read in Chinese: where at least five lines do.
    A translation the page width carried onto lines of its own (no Chinese in them) goes too."""
    def cut(raw: str) -> int | None:
        match = _TRANSLATION.search(raw)
        if match is None or not _CHINESE.search(raw[:match.start()]):
            return None  # (。 / 연구내용…: a sentence's last mark, cut onto this line, is Chinese)
        tail = match["tail"] or ""
        letters = len((_FOREIGN if match["sep"] == "/" else _SCRIPT).findall(tail))
        if match["sep"] != "/" and not tail:
            return None  # (a table's bar closing its row)
        return match.start() if not tail or letters >= max(2, len(tail.strip()) // 3) else None

    cuts = [cut(raw) if re.search("[/|｜]", raw) else None for raw in raw_lines]
    if sum(1 for raw, at in zip(raw_lines, cuts, strict=True)
           if at is not None and raw[at:].strip() != "/") < 5:  # (translations said, not / alone)
        return raw_lines
    out, translating = [], False
    for raw, at in zip(raw_lines, cuts, strict=True):
        if at is not None:
            out.append(raw[:at])
            translating = True
        elif raw.strip() and not _HAN.search(raw) and (
                translating or raw.strip().startswith("/")):
            out.append("")  # the translation going on (or starting on a line of its own)
            translating = True
        else:
            out.append(raw)
            translating = False
    return out


# 1.工业软件关键技术（Key Technologies for Industrial Software） / 指南代码（Code）：…: an English
# gloss in brackets after the Chinese — words with a lower-case letter and a space, or one
# capitalised word; never a code or an acronym (（DLGX2024-SZ01）, （AI）, （SiC）)
_NOT_HAN = r"[^（）()\u4e00-\u9fff]"
_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff）)])[ \u3000]?[（(](?:[A-Za-z]{_NOT_HAN}*?[a-z]"
                    rf"{_NOT_HAN}*? {_NOT_HAN}*|[A-Z][a-z]{{3,}})[)）]")


# …关键技术（Key Technologies for ⏎ Industrial Software）: a gloss the page width cut
_GLOSS_OPENS = re.compile(rf"(?<=[\u4e00-\u9fff）)])[ \u3000]?[（(][A-Za-z]{_NOT_HAN}*$")
_GLOSS_GOES_ON = re.compile(rf"^{_NOT_HAN}*$")
_BRACKETED_LATIN = re.compile(r"[（(][A-Za-z]")
_GLOSS_ENDS = re.compile(rf"^{_NOT_HAN}*[)）]")


def _unglossed(raw_lines: list[str]) -> list[str]:
    """A bilingual guideline's Chinese: the English glosses after its headings and labels gone,
    where five or more lines carry one (a stray （eVTOL） in a title stays), a gloss wrapped
    over lines of its own too."""
    if len(_BRACKETED_LATIN.findall("\n".join(raw_lines))) < 5:
        return raw_lines  # (a quick look at the whole text first)
    out = list(raw_lines)
    glossed = 0
    for index, raw in enumerate(raw_lines):
        if "(" not in raw and "（" not in raw:
            continue
        if _GLOSS.search(raw):
            out[index] = _GLOSS.sub("", raw)
            glossed += 1
        if (opens := _GLOSS_OPENS.search(out[index])) is None:
            continue
        for end in range(index + 1, min(index + 4, len(raw_lines))):
            if (closes := _GLOSS_ENDS.match(raw_lines[end])) is not None:
                if not re.search(r"[a-z]", opens.group(0) + closes.group(0)):
                    break  # （MQ20 ⏎ 24-NS03）: a code cut at the page width, no English
                out[index] = out[index][:opens.start()]
                out[index + 1:end] = [""] * (end - index - 1)
                out[end] = raw_lines[end][closes.end():]
                glossed += 1
                break
            if not _GLOSS_GOES_ON.match(raw_lines[end]):
                break
    return out if glossed >= 5 else raw_lines


# A bilingual guideline: English beside the Chinese, unbracketed — before a heading or a label
# (Direction 1.3  New Display…  方向1.3　…, Research content 研究内容：), between a label and its
# colon (归口处室 Division in charge：…), after a value (…科技创新处 Science and Technology
# Innovation Division), in a table's cells (Key-Area R&D 重点领域研发计划, ≤ 36 months 个月), and
# whole lines of it (the paragraph's translation)
_WORD = r"[A-Za-z][A-Za-z0-9&'’.\-/]*"
_RUN = rf"{_WORD}(?:[ ,]+(?:{_WORD}|&|\d+(?:\.\d+)*))+"
_ENGLISH_LEAD = re.compile(
    rf"^(?P<lead>[\s\u3000]*(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?[ \u3000]+)?)"
    rf"(?P<run>{_RUN}|[A-Z][a-z]{{3,}})[\s\u3000]+(?=[\u4e00-\u9fff（【(〔])")
_ENGLISH_BEFORE_COLON = re.compile(rf"(?<=[\u4e00-\u9fff])[ \u3000]+{_RUN}(?=[ \u3000]*[:：])")
_ENGLISH_AFTER = re.compile(rf"(?<=[\u4e00-\u9fff）)。；])[ \u3000]*{_RUN}[ \u3000.]*$")
_UNIT_WORD = re.compile(r"(?<=\d)[ \u3000]+[a-z]{3,}[ \u3000]+(?=[\u4e00-\u9fff])")
_MIN_BILINGUAL_LINES = 5
_ENGLISH_WORD = re.compile(r"[a-z]{3,}")


# Program A　重点研发专项 / Part II　支持方向: an English keyword and number that are the
# heading's only numbering (kept: the outline reads them); 二、…, 方向1.3… number it themselves
_NUMBERING_WORD = re.compile(r"(?:Part|Program|Programme|Chapter|Section|Direction|Item|No\.?)"
                             r"\s*(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})", re.I)
_CHINESE_NUMBERING = re.compile(r"[一二三四五六七八九十]{1,3}[、.．]"
                                r"|第[一二三四五六七八九十\d]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}(?:\.\d{1,2})*"
                                r"|(?:方向|专项|专题|课题|计划|领域|榜单)[一二三四五六七八九十\d]")


def _lead_cut(match: re.Match[str]) -> str:
    rest = match.string[match.end():]
    if _NUMBERING_WORD.fullmatch(match["run"]) and not _CHINESE_NUMBERING.match(rest):
        return match[0]
    return match["lead"]


def _english_cut(text: str) -> str:
    text = _ENGLISH_LEAD.sub(_lead_cut, text, count=1)
    text = _ENGLISH_BEFORE_COLON.sub("", text)
    return _UNIT_WORD.sub(" ", _ENGLISH_AFTER.sub("", text))


def _english_line(raw: str) -> bool:
    """A line of English prose: words with lower-case letters, letters most of what it holds
    (not a code, a page number or a table of figures)."""
    solid = re.sub(r"\s", "", raw)
    words = re.findall(r"[A-Za-z]*[a-z][A-Za-z]*", raw)
    return len(words) >= 2 and sum(ch.isascii() and ch.isalpha() for ch in solid) * 5 \
        >= len(solid) * 3


def _bilingual(raw: str) -> bool:
    """English words (a lower-case letter among them) beside Chinese on the line."""
    return bool(_HAN.search(raw)) and any(
        re.search(r"[a-z]", m[0]) for m in re.finditer(_RUN, raw))


def _without_english(raw_lines: list[str]) -> list[str]:
    """A bilingual guideline read in Chinese, where at least five lines set English beside the
    Chinese (a stray Micro LED in a sentence stays): English lines go (empty lines kept, for
    the line numbers), the English beside a heading, a label or a value goes, cell by cell."""
    if len(_ENGLISH_WORD.findall("\n".join(raw_lines))) < 4 * _MIN_BILINGUAL_LINES \
            or sum(1 for raw in raw_lines if _bilingual(raw) and _english_cut(raw) != raw) \
            < _MIN_BILINGUAL_LINES:  # (a quick look at the whole text first)
        return raw_lines
    out = []
    for raw in raw_lines:
        if not _HAN.search(raw):
            out.append("" if _english_line(raw) else raw)
            continue
        out.append("\t".join(_english_cut(cell) for cell in raw.split("\t")))
    return out


# A web page saved by a text browser (lynx -dump): every link's number in brackets ([20]标题)
# and, at the end, References ⏎ 1. https://…: the numbers go, the list of addresses too
_LINK_LIST_HEAD = re.compile(
    r"^\s*(?:References|Visible links|Hidden links|参考链接|链接)\s*[:：]?\s*$")
_LINK_LINE = re.compile(r"^\s*\d{1,4}\.\s+(?:[a-z][a-z+.-]*:|/)\S*\s*$")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")


def _unlinked(raw_lines: list[str]) -> list[str]:
    """The page's text without its link numbers (where it ends with its list of links)."""
    head = next((i for i, raw in enumerate(raw_lines) if _LINK_LIST_HEAD.match(raw)
                 and sum(1 for later in raw_lines[i + 1:i + 12] if _LINK_LINE.match(later)) >= 3),
                None)
    if head is None:
        return raw_lines
    return [_LINK_NUMBER.sub("", raw) if i < head else
            "" if i == head or _LINK_LINE.match(raw) else raw for i, raw in enumerate(raw_lines)]


# A PDF's fake bold (each glyph drawn twice) kept by a conversion: 池池州州市市…, 110000万万元元
_PAIRS = re.compile(r"(?:(.)\1){3,}")
_MIN_DOUBLED_LINES = 5


def _doubled_runs(raw: str) -> list[tuple[int, int]]:
    """The spans of the line written twice character by character (three pairs or more, two
    of them a word's: 1000000元 has pairs of digits, a laid-out row pairs of spaces, ……—— pairs
    of marks, none a doubled run)."""
    return [(m.start(), m.end()) for m in _PAIRS.finditer(raw)
            if sum(1 for i in range(0, len(m[0]), 2) if m[0][i].isalpha()) >= 2]


_TWO_PAIRS = re.compile(r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2")  # (a quick look: 池池州州)


def fake_bold(raw_lines: list[str]) -> list[list[tuple[int, int]]] | None:
    """Each line's doubled runs, where five or more lines carry one; None otherwise."""
    if len(_TWO_PAIRS.findall("\n".join(raw_lines))) < _MIN_DOUBLED_LINES:
        return None
    runs = [_doubled_runs(raw) if len(raw) >= 6 else [] for raw in raw_lines]
    return runs if sum(1 for found in runs if found) >= _MIN_DOUBLED_LINES else None


def _undoubled(raw_lines: list[str]) -> list[str]:
    """The text once where five or more lines carry doubled runs (each pair read as one
    character, digits in the run too: 110000万万元元 is 100万元)."""
    runs = fake_bold(raw_lines)
    if runs is None:
        return raw_lines
    out = []
    for raw, found in zip(raw_lines, runs, strict=True):
        for start, end in reversed(found):
            raw = raw[:start] + raw[start:end:2] + raw[end:]
        out.append(raw)
    return out


# A PDF whose table rows came out with their characters in reverse order (求要他其 数项持支拟
# …, 10DZ62YQ, 003～051): each such row read back the right way round, its cells a tab apart
_COMMON_WORDS = ("序号", "名称", "代码", "万元", "研究", "技术", "企业", "申报", "支持", "开展",
                 "项目", "要求", "资助", "实施", "期限", "以上", "科技", "管理", "发展", "产业",
                 "方向", "内容", "标准", "补助", "单位", "提高", "利用", "方式", "经费", "不低于",
                 "计划", "研发", "合计", "类别", "资金", "事项")
_MIN_REVERSED_LINES = 3


_TELLTALE_BACKWARD = ("元万", "究研", "术技", "业企", "报申", "号序", "目项")
_WORDS_FORWARD = re.compile("|".join(_COMMON_WORDS))
_WORDS_BACKWARD = re.compile("|".join(word[::-1] for word in _COMMON_WORDS))


def back_to_front(raw_lines: list[str]) -> list[str | None] | None:
    """Each line read the right way round where it reads as the document's words only when
    reversed (None where not), if three or more lines do; None otherwise."""
    text = "\n".join(raw_lines)
    if sum(text.count(word) for word in _TELLTALE_BACKWARD) < 2 * _MIN_REVERSED_LINES:
        return None  # (a quick look at the whole text first: most have none of those)
    turned = [raw[::-1] if len(back := _WORDS_BACKWARD.findall(raw)) >= 2
              and len(back) > 2 * len(_WORDS_FORWARD.findall(raw)) else None
              for raw in raw_lines]
    return turned if sum(1 for line in turned if line is not None) >= _MIN_REVERSED_LINES \
        else None


def _unreversed(raw_lines: list[str]) -> list[str]:
    """The rows a PDF gave back to front read the right way, their cells a tab apart."""
    turned = back_to_front(raw_lines)
    if turned is None:
        return raw_lines
    return [raw if line is None else "\t".join(line.strip().split(" "))
            for raw, line in zip(raw_lines, turned, strict=True)]


MIN_TRANSLATED = 2  # different wordings only a translation writes


def reworded(raw_lines: list[str]) -> bool:
    """Is this a notice run through a translation and back (预先资助, 必须由企业带头申请, 高科技
    企业: two or more wordings only a translation writes)? Its words are then matched as the
    guidelines' own (`numbers.wordings_read`), its text kept as written."""
    return len(set(TRANSLATED.findall("\n".join(raw_lines)))) >= MIN_TRANSLATED


# A chat with an AI assistant exported as Markdown, the guideline pasted in by the user in parts:
# ### 用户　2026-03-16 15:41 / ### AI助手　… heads; only the user's pastes are the document
_CHAT_HEAD = re.compile(r"^\s*#{1,6}\s*(?:(?P<user>用户|我|User|You|提问)"
                        r"|(?P<ai>AI助手|助手|Assistant|ChatGPT|DeepSeek|Kimi|豆包|通义千问|文心一言"
                        r"|元宝|AI|智能助手|知识助手))(?:\s|\u3000|$|[（(:：])")
_PASTE_LABEL = re.compile(r"^\s*第\s*[一二三四五六七八九十\d]{1,2}\s*段.{0,20}[:：]\s*$|^\s*发完了")
_MIN_PASTE = 5  # lines a user message holds when it pastes the document, not a question


def _unassisted(raw_lines: list[str]) -> list[str]:
    """The guideline a user pasted into a chat with an assistant (where two or more of each
    speak): the assistant's messages and the user's questions dropped, paste labels (第2段：)
    dropped, and a paste cut at the message limit dropped where the next one sends it again."""
    heads = [(i, "user" if m["user"] else "ai") for i, raw in enumerate(raw_lines)
             if (m := _CHAT_HEAD.match(raw))]
    if sum(1 for _, who in heads if who == "ai") < 2 or sum(1 for _, who in heads
                                                             if who == "user") < 2:
        return raw_lines
    out = list(raw_lines)
    for i in range(heads[0][0]):
        out[i] = ""  # (the export's own heading and details)
    pastes: list[list[int]] = []
    for (start, who), (end, _) in zip(heads, [*heads[1:], (len(raw_lines), "")], strict=True):
        body = [i for i in range(start + 1, end) if raw_lines[i].strip()
                and raw_lines[i].strip() != "---" and not _PASTE_LABEL.match(raw_lines[i])]
        if who == "ai" or len(body) < _MIN_PASTE:
            body = []
        for i in range(start, end):
            if i not in body:
                out[i] = ""
        if body:
            pastes.append(body)
    for before, after in itertools.pairwise(pastes):
        cut = raw_lines[before[-1]].strip()
        if len(cut) >= 4 and any(raw_lines[i].strip().startswith(cut) and raw_lines[i].strip()
                                 != cut for i in after[:3]):
            out[before[-1]] = ""  # 方向7：沙化土地生态修复与防 … sent again whole
    return out


# A page copied while a reading aid showed each character's pinyin after it (天tiān门mén): the
# syllables dropped. A syllable is lower-case letters (ü and tone marks among them) right after
# a character; the page carries the device when most characters have one with a tone mark.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = re.compile(rf"(?<=[\u4e00-\u9fff])[a-z{_TONED}üê]{{1,6}}(?![A-Za-z])")
_TONED_SYLLABLE = re.compile(rf"(?<=[\u4e00-\u9fff])[a-zü]{{0,5}}[{_TONED}][a-zü]{{0,5}}")
_TONE = re.compile(f"[{_TONED}]")
_SYLLABLE_TAIL = re.compile(rf"^(\s*)[a-z{_TONED}üê]{{1,5}}(?=[\u4e00-\u9fff])")
MIN_PINYIN_SHARE = 0.5


def pinyin_annotated(raw_lines: list[str]) -> bool:
    """Whether most characters carry their pinyin (a page copied with a reading aid on)."""
    sample = "".join(raw_lines[:400])
    if not _TONE.search(sample):
        return False  # (no tone mark at all: most texts, found without the slower count)
    han = len(_HAN.findall(sample))
    return han >= 20 and len(_TONED_SYLLABLE.findall(sample)) >= MIN_PINYIN_SHARE * han


# An announcer's marked-up script (播音备稿): ∥ a pause, ／ a short one, △ stress, ⌒ a run-on,
# ↗↘ the tone — marks between the words, inside the figures too (支持／十五万元⌒到三十万元)
_READING_MARKS = re.compile(r"[∥‖⌒↗↘]|(?<=\S)[／△]+|(?<=\S)\s*[／△]+\s*(?=\S)")
_PAUSE_MARK = "∥"
MIN_PAUSE_MARKS = 5


# A prescription pad's notation (门诊病历 written out as 处方): Rp.一　… a group, Rp.1-1　… an item,
# Sig.：… how it is taken — the group's shared terms
_RECIPE = re.compile(r"^(?P<lead>\s*)Rp\.\s*"
                     r"(?P<num>[一二三四五六七八九十]{1,3}|\d{1,2}(?:-\d{1,2}){0,2})[\s\u3000]+(?=\S)")
_SIGNA = re.compile(r"^(?P<lead>\s*)Sig\.\s*[:：]\s*")
MIN_RECIPES = 3
_SET_DEEP = re.compile(r"^\u3000{6,}\S")


def _unprescribed(raw_lines: list[str]) -> list[str]:
    """A call written out as prescriptions read as the outline it is: Rp.一 its 一、, Rp.1-1 its
    1-1, the Sig.： line under a group that group's own sentence."""
    if sum(1 for raw in raw_lines if raw.lstrip().startswith("Rp.")) < MIN_RECIPES:
        return raw_lines

    def numbered(found: re.Match[str]) -> str:
        number = found["num"]
        return f"{found['lead']}{number}、" if not number[0].isdigit() else \
            f"{found['lead']}{number}\u3000"

    out = [_SIGNA.sub(r"\g<lead>", _RECIPE.sub(numbered, raw)) for raw in raw_lines]
    for at in range(1, len(out)):
        # (Rp.2-2　…规范化种植与 ⏎ 　　　　　　质量追溯技术研究: an item's name wrapped under
        # itself, set deep in; the line keeps its place, empty)
        if raw_lines[at - 1].lstrip().startswith("Rp.") and _SET_DEEP.match(out[at]):
            out[at - 1], out[at] = out[at - 1].rstrip() + out[at].strip(), ""
    return out


# A to-do app's list shared as text (滴答清单, 待办清单): [ ] a task, [✓] one done, its 📅 date,
# #tags and 👤 owner after it; 备注：原文：… its note quoting the call; 💬 a member's comment;
# 【分组】🔧 … a group of tasks
_TASK = re.compile(r"^(?P<lead>\s*)\[\s*[ xX✓✔√]?\s*\]\s*(?P<title>.*)$")
_TASK_META = re.compile(r"(?:\s+(?:📅\s*[\d\-:/ ]+|#\S+|👤\s*\S+|\d{2}-\d{2}\s+\d{2}:\d{2}\s*完成"
                        r"|\d{2}-\d{2}\s*完成))+\s*$")
_TASK_NOTE = re.compile(r"^(?P<lead>\s*)备注\s*[:：]\s*(?:原文\s*[:：]\s*)?")
_TASK_QUOTE = re.compile(r"^(?P<lead>\s*)原文\s*[:：]\s*")
_TASK_COMMENT = re.compile(r"^\s*💬")
_TASK_GROUP = re.compile(r"^【分组】\s*[^\w\s“（(]*\s*(?P<name>\S.*)$")
_SUBTASK = re.compile(r"^\s*子任务\s*[:：]")
MIN_TASKS = 5


def _untasked(raw_lines: list[str]) -> list[str]:
    """A to-do list read as the call its tasks copy out: each task's title (its date, tags and
    owner dropped), each note's quoted words as that task's text, each group's name a heading;
    members' comments and the list's own sub-tasks (子任务：…) no words of it. Lines keep their
    places."""
    if sum(1 for raw in raw_lines if _TASK.match(raw)) < MIN_TASKS:
        return raw_lines
    out = []
    for raw in raw_lines:
        task = _TASK.match(raw)
        group = _TASK_GROUP.match(raw.strip())
        if _TASK_COMMENT.match(raw):
            out.append("")
        elif task is not None:
            title = _TASK_META.sub("", task["title"]).strip()
            out.append("" if _SUBTASK.match(title) else task["lead"] + title)
        elif group is not None:  # (A 重点研发专项 as written; ⏸ 暂不受理（…） set between rules)
            name = group["name"]
            framed = re.match(r"^(?P<head>[^（(]{2,8})(?P<tail>[(（].*)?$", name)
            out.append(name if re.match(r"[A-Z\d一二三四五六七八九十]", name) or framed is None
                       else f"——{framed['head']}——{framed['tail'] or ''}")
        else:
            out.append(_TASK_QUOTE.sub(r"\g<lead>", _TASK_NOTE.sub(r"\g<lead>", raw)))
    return out


def _unmarked_reading(raw_lines: list[str]) -> list[str]:
    """An announcer's script read without its reading marks, once pauses mark its sentences
    (five ∥ or more): a mark is never a word of the call it reads out."""
    if sum(raw.count(_PAUSE_MARK) for raw in raw_lines) < MIN_PAUSE_MARKS:
        return raw_lines
    return [_READING_MARKS.sub("", raw) for raw in raw_lines]


def _unpinyined(raw_lines: list[str]) -> list[str]:
    """The text without the pinyin a reading aid printed after each character."""
    if not pinyin_annotated(raw_lines):
        return raw_lines
    # (a line a page width cut inside a syllable: its tail opens the next line)
    return [_SYLLABLE_TAIL.sub(r"\1", _SYLLABLE.sub("", raw)) for raw in raw_lines]


# A newspaper's article jumping to a later page: （下转第6版） where it breaks off, （上接第5版)
# where it goes on, other articles and the pages' heads between
_JUMPS_TO = re.compile(r"[(（]\s*(?:下转|转)第?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[)）]")
_GOES_ON_FROM = re.compile(r"[(（]\s*(?:上接|接)第?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[)）]")


def _unjumped(raw_lines: list[str]) -> list[str]:
    """An article a newspaper continued on a later page read on where it broke off: from each
    （下转第N版） to the next （上接第M版） everything between (the other articles, the next page's
    head) dropped, so the broken sentence goes on from the line it was cut on."""
    if not any("版" in raw and _GOES_ON_FROM.search(raw) for raw in raw_lines):
        return raw_lines
    out = list(raw_lines)
    index = 0
    while index < len(out):
        jump = _JUMPS_TO.search(out[index]) if "版" in out[index] else None
        goes_on = next(((j, m) for j in range(index + 1, len(out))
                        if "版" in out[j] and (m := _GOES_ON_FROM.search(out[j]))), None) \
            if jump else None
        if jump is None or goes_on is None:
            index += 1
            continue
        later, mark = goes_on
        out[index] = out[index][:jump.start()].rstrip()
        for between in range(index + 1, later):
            out[between] = ""
        out[later] = out[later][mark.end():].strip()
        index = later
    return out


# Word's comments printed beside the text (批注 [LZ1]: …, a reply 批注 [CWM7R6]: …, Comment
# [A2]: …), each a block of its own up to a blank line; their marks in the text ([LZ1])
_COMMENT_HEAD = re.compile(r"^\s*(?:批注|注释|Comment(?:ed)?)\s*\[(?P<id>[^\[\]\s]{1,12}?\d{1,3}"
                           r"(?:R\d{1,3})?)\]\s*[:：]")
_COMMENT_MARK = re.compile(r"\[[A-Za-z\u4e00-\u9fff]{1,8}\d{1,3}(?:R\d{1,3})?\]")
_MIN_COMMENTS = 2


def _uncommented(raw_lines: list[str]) -> list[str]:
    """The text without a reviewer's comment balloons (where two or more are printed): each
    balloon's block dropped to the blank line that ends it, and the marks they left."""
    heads = [i for i, raw in enumerate(raw_lines) if "[" in raw and _COMMENT_HEAD.match(raw)]
    if len(heads) < _MIN_COMMENTS:
        return raw_lines
    out = list(raw_lines)
    for head in heads:
        for i in range(head, len(raw_lines)):
            if not raw_lines[i].strip():
                break
            out[i] = ""
    return [_COMMENT_MARK.sub("", raw) if "[" in raw else raw for raw in out]


# A PDF printed from Word with field codes shown instead of their results: { SEQ 方向 \r 1 \*
# ARABIC }．title, （{ SEQ 专项 \* CHINESENUM3 }）, { eq \o\ac(○,1) }, — { PAGE } —
_FIELD = re.compile(r"\{\s*(?P<code>[A-Za-z=]+)(?P<args>[^{}]*)\}")
_CIRCLED_FIELD = re.compile(r"\\o\\ac\(\s*○\s*,\s*(?P<n>\d{1,2})\s*\)")
_MIN_FIELDS = 3


def field_codes(raw_lines: list[str]) -> bool:
    """Does the text show Word's field codes for their results (three or more)?"""
    return sum(len(_FIELD.findall(raw)) for raw in raw_lines if "{" in raw) >= _MIN_FIELDS


def _unfielded(raw_lines: list[str]) -> list[str]:
    """Each field's result where its code was printed (where three or more are): SEQ numbers
    counted (\r restarting them), CHINESENUM3 in Chinese, 带圈字符 as the circled digit, a PAGE
    number counted on; fields without a result a reader would see (TOC, CREATEDATE, STYLEREF,
    REF, =SUM) left empty, a HYPERLINK as its address."""
    if not field_codes(raw_lines):
        return raw_lines
    counters: dict[str, int] = {}
    pages = [0]

    def result(match: re.Match[str]) -> str:
        code, args = match["code"].upper(), match["args"]
        if code == "SEQ":
            name = args.split()[0] if args.split() else ""
            reset = re.search(r"\\r\s*(\d+)", args)
            counters[name] = int(reset[1]) if reset else counters.get(name, 0) + 1
            number = counters[name]
            return chinese_numeral(number) if "CHINESENUM" in args.upper() else str(number)
        if code == "EQ" and (circled := _CIRCLED_FIELD.search(args)):
            return chr(0x2460 + int(circled["n"]) - 1)
        if code == "PAGE":
            pages[0] += 1
            return str(pages[0])
        if code == "HYPERLINK":
            return args.strip().strip('"')
        return ""

    return [_FIELD.sub(result, raw) if "{" in raw else raw for raw in raw_lines]


# A page read off a phone's screenshots one after another (OCR): each shot opens with the
# status bar (10:26 ✉ HD 5G 68) and the browser's bar (× 揭阳市科学技术局 ···), repeats the last
# rows of the shot before, and may end in a row the screen's edge cut (OCR junk)
_STATUS_BAR = re.compile(r"^\s*\d{1,2}:\d{2}(?=.*(?:[45]G|LTE|HD|Wi-?Fi|%|✉|📶|🔋))"
                         r"[^\u4e00-\u9fff]{0,40}$", re.IGNORECASE)
_BROWSER_BAR = re.compile(r"^\s*[×✕<←].{0,40}(?:···|…|⋯|\.\.\.)\s*$")
_OVERLAP = 6  # the most rows one shot repeats of the one before


def _unshot(raw_lines: list[str]) -> list[str]:
    """The page's text once (where three or more shots were pasted): bars dropped, the rows a
    shot repeats dropped from it, and a cut row at a shot's foot that its next shot gives whole."""
    bars = [i for i, raw in enumerate(raw_lines) if _STATUS_BAR.match(raw)]
    if len(bars) < 3:
        return raw_lines
    out = list(raw_lines)
    for bar in bars:
        out[bar] = ""
        top = bar + 1
        if top < len(raw_lines) and _BROWSER_BAR.match(raw_lines[top]):
            out[top] = ""
            top += 1
        foot = [i for i in range(bar - 1, max(-1, bar - 3 * _OVERLAP), -1)
                if raw_lines[i].strip()][:_OVERLAP + 1]
        for cut in (0, 1):  # (the row at the foot cut by the screen's edge, or not)
            rows = foot[cut:]
            size = next((k for k in range(min(_OVERLAP, len(rows)), 0, -1)
                         if [raw_lines[i].strip() for i in reversed(rows[:k])]
                         == [raw.strip() for raw in raw_lines[top:top + k]]), 0)
            if size:
                out[top:top + size] = [""] * size
                if cut:
                    out[foot[0]] = ""
                break
    return out


# A mind map written out as text (├─ 1. 名称 ⏎ │  ├─ 资助额度：…): the branch marks go, the
# numbering the nodes carry gives the outline; a 共性要求 node's terms are its parent's
_TREE = re.compile(r"^[ \u3000]*(?:[│┃|][ \u3000]*)*[├└┣┗]─+[ \u3000]*")
_TREE_GOES_ON = re.compile(r"^[ \u3000]*(?:[│┃][ \u3000]*)+$")
_SHARED_TERMS = re.compile(r"^(?:共性要求|共同要求|通用要求|共性条件|共性规定)[:：]?$")


def _untreed(raw_lines: list[str]) -> tuple[list[str], bool]:
    """The lines without branch marks, and whether they were a mind map's nodes (a table's
    ├────┼ rules are no branches)."""
    def branch_of(raw: str) -> re.Match[str] | None:
        branch = _TREE.match(raw)
        return branch if branch and not TABLE_RULE.match(raw[branch.end():].strip() or "─") \
            else None

    if sum(1 for raw in raw_lines if branch_of(raw)) < 5:
        return raw_lines, False
    out = []
    for raw in raw_lines:
        branch = branch_of(raw)
        text = raw[branch.end():] if branch else ("" if _TREE_GOES_ON.match(raw) else raw)
        out.append("" if branch and _SHARED_TERMS.match(text.strip()) else text)
    return out, True


# Word's tracked changes written out: [删除：方向4：…] gone, [插入：本方向须由企业牵头申报；] kept
_TRACKED_DELETED = re.compile(r"[\[【［〔]\s*(?:删除|删去|已删除)\s*[:：][^\]】］〕]*[\]】］〕]")
_TRACKED_INSERTED = re.compile(r"[\[【［〔]\s*(?:插入|新增|已插入)\s*[:：]([^\]】］〕]*)[\]】］〕]")
MIN_TRACKED = 2


# 配套比例原为1:1，现改为不作硬性要求: a revision said in words, read as it now stands
_RESTATED = re.compile(r"原为[^。；;，,]{1,30}[，,]\s*现(?:改为|调整为|变更为|修改为|更改为)")


# a mark opened and not closed on its line: a page width cut it (【删除：…第一 ⏎ 批…】)
# (cut inside its word too: …（SC2026NK【删除 ⏎ ：04】）)
_OPEN_MARK = re.compile(r"[\[【［〔]\s*(?:删除?|删去|已删?除?|插入?|新增?|已插?入?)?\s*"
                        r"(?:[:：][^\]】］〕]*)?$")


def _marks_made_whole(raw_lines: list[str]) -> list[str]:
    """Each revision mark whole on the line it opens on: the part of the next line up to its
    close is brought back (the rest of that line stays, as the text the wrap carried on)."""
    lines = list(raw_lines)
    for index in range(len(lines) - 1):
        for _ in range(3):  # (a mark over at most four lines)
            line = lines[index]
            bracketed = _OPEN_MARK.search(line) is not None
            if not (bracketed or line.count("~~") % 2):
                break
            after = lines[index + 1]
            close = re.search(r"[\]】］〕]" if bracketed else "~~", after)
            if close is None:
                lines[index], lines[index + 1] = line + after.strip(), ""
                continue
            lines[index] = line + after[:close.end()].strip()
            lines[index + 1] = after[close.end():]
            break
    return lines


def _revised_marks(raw_lines: list[str]) -> list[str]:
    """A 修订稿 read as revised."""
    raw_lines = [_RESTATED.sub("", raw) if "原为" in raw else raw for raw in raw_lines]
    text = "\n".join(raw_lines)
    marked = len(_TRACKED_DELETED.findall(text)) + len(_TRACKED_INSERTED.findall(text))
    if (marked >= MIN_TRACKED or "~~" in text) and any(
            _OPEN_MARK.search(raw) or raw.count("~~") % 2 for raw in raw_lines):
        raw_lines = _marks_made_whole(raw_lines)
    if marked >= MIN_TRACKED:
        raw_lines = [_accepted(raw) if "删" in raw or "插" in raw or "新增" in raw else raw
                     for raw in raw_lines]
    if not _STRIKE.search(text) and "~~" not in text:
        return raw_lines
    return [_INSERTED.sub(r"\1", _MD_STRUCK.sub("", _STRUCK.sub("", raw)))
            if _STRUCK.search(raw) or "~~" in raw or "〖" in raw else raw for raw in raw_lines]
