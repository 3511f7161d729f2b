"""A guideline explained in a video's shooting script (拍摄脚本, 分镜头脚本): one table, a row per
shot, 镜号 | 时长 | 画面 | 字幕（屏显文字） | 解说词（配音）. The caption cell names what the shot
is about — 方向1　人工智能与大模型应用 ⏎ 申报代码：PT25-GG01 ⏎ 最高100万元｜拟支持5项, or a
class's title card 第一类　科技创新攻关项目 ⏎ 受理科室：产业发展科 — and the voice-over says
its terms in plain speech. Read as the guideline it walks through: each shot's caption a
heading (its code and office in brackets after it), its voice-over and the caption's other
lines on the empty lines Word leaves under the row; the shot's number, timing and picture
dropped, and the script's notes after the table (审核意见, 配音要求) too. A shot continued on
more rows (its number again: a list of captions popping up) keeps only its first. A series
(第1集｜…（主管股室：…） over each episode's table) has its episodes for headings, a caption
heading a shot only where it is numbered (方向1　…, 1.1　…). A shot log (素材场记单: 镜号 | 时码 |
画面 | 同期声 / 字幕卡 | 可用) says and shows in one column: its first numbered 【字幕】 card heads
the shot, the words heard and the other cards under it, a take marked NG dropped. Lines keep
their numbers; other texts are unchanged.
"""

from __future__ import annotations

import re

_SHOT = re.compile(r"^(?:镜号|镜头号?|分镜号?|场次|序号)$")
_CAPTION = re.compile(r"^(?:字幕|屏显|画面文字|屏幕文字|标题字幕|贴片)")  # (贴片: an overlay)
_VOICE = re.compile(r"^(?:解说词?|配音|旁白|口播|画外音)")
# where a cell's paragraphs were run together (a space between them; not between English words)
_PARAGRAPH = re.compile(r"(?<![A-Za-z]) | (?![A-Za-z])")
# 方向1是人工智能与大模型应用。 / 方向6，首次认定…奖励。: the voice-over saying the caption again
# (方向3（揭榜挂帅）　…: how it is awarded, after the number)
_NUMBERED = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,3}?[\d一二三四五六七八九十]{1,3})"
                       r"(?:[(（][^()（）]{1,8}[)）])?[\s\u3000]")
# 申报代码：PT25-GG01 / 受理科室：产业发展科: said of the heading above it, set in brackets
_OF_HEADING = re.compile(r"^(?:申报|指南|方向|项目)?(?:代码|编号|编码)\s*[:：]"
                         r"|^(?:受理|归口|责任|主管)(?:科室|处室|股室|部门)?\s*[:：]")


def _columns(line: str) -> tuple[int, int, int, int] | None:
    """The header's width and where the shot's number, caption and voice-over stand."""
    cells = [re.sub(r"[(（][^()（）]*[)）]", "", cell).strip() for cell in line.split("\t")]
    shot = next((at for at, cell in enumerate(cells) if _SHOT.match(cell)), None)
    caption = next((at for at, cell in enumerate(cells) if _CAPTION.match(cell)), None)
    voice = next((at for at, cell in enumerate(cells) if _VOICE.match(cell)), None)
    if shot is None or caption is None or voice is None:
        return None
    return len(cells), shot, caption, voice


# 第2集｜海岛民生…（主管股室：社会发展股） / 第4集（暂缓）｜…: an episode over its own table
_EPISODE = re.compile(r"^第(?P<n>[\d一二三四五六七八九十]{1,3})集"
                      r"(?P<note>[(（][^()（）]{1,8}[)）])?\s*[｜|:：]\s*(?P<title>\S.*)$")
_DECIMAL = re.compile(r"^\d{1,2}(?:\.\d{1,2})+[\s\u3000]")  # 1.1　滨海景区…: a sub-direction


# 同期声 / 字幕卡: a shot log's one column for what is said and the caption cards shown
_SAID_AND_SHOWN = re.compile(r"^(?:同期声|解说词?|口播|配音)\s*[/／、和及]\s*字幕")
_USABLE = re.compile(r"^(?:可用|是否可用|取舍|选用)$")
_CARD = re.compile(r"\s*【字幕(?:卡)?】\s*")
# 同期声（画外）：“…” : who is heard, before the words in quotes
_HEARD = re.compile(r"^\s*(?:同期声|解说|口播|配音)(?:[(（][^()（）]{0,6}[)）])?\s*[:：]\s*")
_HEADING_CARD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、"
                           r"|[(（][一二三四五六七八九十]{1,3}[)）]"
                           r"|\d{1,2}[．.、]|\d{1,2}\.\d{1,2}[\s\u3000])")


def _logged_shots(raw_lines: list[str]) -> list[str] | None:
    """A shot log (素材场记单: 镜号 | 时码 | 画面 | 同期声 / 字幕卡 | 可用): each usable shot's
    first caption card a heading where it is numbered as one (1．沉香精深加工…), its code card
    (指南代码：…｜每项资助30万元) in brackets after it, the words heard and the other cards on
    the lines under the row; a take marked NG dropped. None for a text that is no such log."""
    header = next((at for at, raw in enumerate(raw_lines) if "\t" in raw
                   and any(_SHOT.match(c.strip()) for c in raw.split("\t"))
                   and any(_SAID_AND_SHOWN.match(c.strip()) for c in raw.split("\t"))), None)
    if header is None:
        return None
    names = [cell.strip() for cell in raw_lines[header].split("\t")]
    said_at = next(at for at, name in enumerate(names) if _SAID_AND_SHOWN.match(name))
    usable_at = next((at for at, name in enumerate(names) if _USABLE.match(name)), None)
    out = list(raw_lines)
    out[header] = ""
    for at in range(header + 1, len(raw_lines)):
        cells = raw_lines[at].split("\t")
        if len(cells) != len(names):
            if raw_lines[at].strip() and "\t" not in raw_lines[at]:
                # (the table over: the editor's notes after it — 剪辑意见, 字幕卡校对记录)
                out[at:] = [""] * (len(raw_lines) - at)
                break
            continue
        if usable_at is not None and re.match(r"(?:NG|备用|不用)", cells[usable_at].strip(), re.I):
            # (a take the log marks unusable — a slip of the tongue, a sound check — or spare)
            out[at] = ""
            continue
        pieces = _CARD.split(cells[said_at])
        heard = _HEARD.sub("", pieces[0]).strip().strip("“”\"")
        cards = [piece.strip() for piece in pieces[1:] if piece.strip()]
        room = 0
        while at + room + 1 < len(raw_lines) and not raw_lines[at + room + 1].strip():
            room += 1
        if cards and _HEADING_CARD.match(cards[0]):
            heading, rest = cards[0], cards[1:]
            if rest and _OF_HEADING.match(rest[0]):
                code, _, terms = rest[0].partition("｜")
                heading += f"（{code.strip()}）"
                rest = [terms, *rest[1:]] if terms else rest[1:]
            out[at], below = heading, [heard, *rest]
        else:
            out[at], below = heard, cards
        # (each card a sentence of its own, none a heading: 牵头单位不限｜实施期最长18个月)
        below = [line if line.endswith(("。", "；")) else f"{line}。" for line in below if line]
        if len(below) > room:  # (more than Word left lines for: the rest on the last)
            below = [*below[:room - 1], "".join(below[room - 1:])] if room else []
        for offset, line in enumerate(below, start=1):
            out[at + offset] = line
    return out


def as_read(raw_lines: list[str]) -> list[str]:
    """The shots as the guideline's lines (see the module's note)."""
    logged = _logged_shots(raw_lines)
    if logged is not None:
        return logged
    header = next(((at, found) for at, raw in enumerate(raw_lines)
                   if "\t" in raw and (found := _columns(raw)) is not None), None)
    if header is None:
        return raw_lines
    episodes = sum(1 for raw in raw_lines if "\t" in raw and _columns(raw) == header[1]) >= 2
    start, (width, shot, caption, voice) = header
    out = list(raw_lines)
    out[start] = ""
    last_shot = None
    at = start + 1
    while at < len(raw_lines):
        raw = raw_lines[at]
        if "\t" not in raw:
            following = next((ahead for ahead in range(at + 1, min(at + 3, len(raw_lines)))
                              if raw_lines[ahead].strip()), None)
            if raw.strip() and following is not None \
                    and _columns(raw_lines[following]) == (width, shot, caption, voice):
                # 第2集｜…（主管股室：社会发展股） over the next episode's table: its heading
                out[at] = _EPISODE.sub(r"第\g<n>集　\g<title>\g<note>", raw.strip())
                out[following] = ""
                at = following + 1
                continue
            if raw.strip():  # (the table over: the script's own notes after it — 审核意见：
                # 1．第05镜原稿“最高资助120万元”已改为…, 配音要求 — no part of the guideline)
                out[at:] = [""] * (len(raw_lines) - at)
                break
            at += 1
            continue
        cells = [cell.strip() for cell in raw.split("\t")]
        if len(cells) != width:
            break
        room = 0  # (the empty lines Word left under the row for its cells' paragraphs)
        while at + room + 1 < len(raw_lines) and not raw_lines[at + room + 1].strip():
            room += 1
        if cells[shot] and cells[shot] == last_shot:
            out[at] = ""  # (the same shot's next caption: its voice-over said once)
            at += 1 + room
            continue
        last_shot = cells[shot]
        pieces = [p.strip() for p in _PARAGRAPH.split(cells[caption]) if p.strip()]
        heading = pieces[0] if pieces else ""
        said = [p for p in pieces[1:] if not _OF_HEADING.match(p)]
        heading += "".join(f"（{p}）" for p in pieces[1:] if _OF_HEADING.match(p))
        spoken = cells[voice]
        numbered = _NUMBERED.match(heading)
        title = re.sub(r"[(（][^()（）]*[)）]", "", heading[numbered.end():] if numbered else
                       heading[m.end():] if (m := _DECIMAL.match(heading)) else "").strip()
        first = spoken.split("。", 1)[0]
        if (numbered is not None and spoken.startswith(numbered["word"])) \
                or (len(title) >= 4 and title in first):
            # (子方向一，滨海景区…。 / 第一项，首次认定…奖励。: the caption's title said again)
            spoken = spoken.split("。", 1)[1] if "。" in spoken else ""
        if numbered is None and not _DECIMAL.match(heading) and episodes:
            # (通用要求（揭榜方向除外） ✔ 企业牵头 …: a shot summing up what is said, no heading —
            # in a series whose episodes head its classes, only a numbered caption heads)
            heading, spoken = spoken, ""
            said = [] if heading else [" ".join(pieces) + "。"] if pieces else []
        if episodes:  # (揭榜方不限｜周期18个月 before the next episode: a caption's line)
            said = [p if p.endswith(("。", "；")) else f"{p}。" for p in said]
        below = [spoken, *said] if spoken else said
        out[at] = heading
        for offset, line in enumerate(below[:room], start=1):
            out[at + offset] = line
        at += 1 + room
    return out
