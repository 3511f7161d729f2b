""".docx text as Word's own "save as plain text" gives it, line for line.

python-docx's `Paragraph.text` and `Document.iter_inner_content()` leave out text a bureau's
Word file really shows: paragraphs inside a content control (OA templates put the title and
the issuer in one), words a tracked change inserted (a file published with its edits still
tracked reads as if they were accepted), a simple field's result (见表1, a date). So the body
is walked here: paragraphs, tables and content controls in document order; a row's cells
joined by tabs, a cell of several paragraphs going on over the lines below, as Word writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from docx.oxml.ns import qn

from bot.catalogue.docx_numbering import Numbering
from bot.catalogue.numbers import LISTED_ITEM, holds_outline
from bot.catalogue.ticked import TICK

_P, _TBL, _SDT, _TR, _TC = (qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:tr"), qn("w:tc"))
_TR_PR, _DEL = qn("w:trPr"), qn("w:del")
_CUSTOM = qn("w:customXml")  # (a converter's or WPS's tagging around paragraphs and rows)
_CONTENT = qn("w:sdtContent")
# what a run shows, and what it never does (a deletion, a field's code; a text box drawn
# over the page is read after the paragraph that anchors it, `_text_boxes`)
_TEXT, _TAB, _BREAKS = qn("w:t"), qn("w:tab"), (qn("w:br"), qn("w:cr"))
_HYPHEN = qn("w:noBreakHyphen")
_HIDDEN = {qn("w:del"), qn("w:moveFrom"), qn("w:instrText"), qn("w:delText"),
           qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr"),
           "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}


def blocks(parent: Any) -> Iterator[Any]:
    """The paragraphs and tables under `parent` in order, those in content controls too."""
    for child in parent.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_CONTENT)
            if content is not None and not _placeholder(child):
                yield from blocks(content)
        elif child.tag == _CUSTOM:
            yield from blocks(child)


_SDT_PR, _PLACEHOLDER = qn("w:sdtPr"), qn("w:showingPlcHdr")


def _placeholder(sdt: Any) -> bool:
    """A content control still showing its prompt (单击或点击此处输入文字。): greyed words of
    the form, nobody's text."""
    props = sdt.find(_SDT_PR)
    return props is not None and props.find(_PLACEHOLDER) is not None


_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p: Any) -> list[Any]:
    """The text boxes a paragraph anchors (a shape's w:txbxContent), each once: not the copy
    an mc:Fallback repeats for older readers, nor a box inside another box (read with it)."""
    found = []
    for box in p.iter(_TXBX):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p \
                and ancestor.tag not in (_FALLBACK, _TXBX):
            ancestor = ancestor.getparent()
        if ancestor is p:
            found.append(box)
    return found


def paragraph_text(p: Any) -> str:
    """The text a paragraph shows with its tracked changes accepted; a line break a newline."""
    out: list[str] = []

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag in _HIDDEN or (tag == _SDT and _placeholder(child)) \
                    or (tag == _RUN and _vanished(child)):
                continue
            if tag == _TEXT:
                out.append(child.text or "")
            elif tag == _TAB:
                out.append("\t")
            elif tag in _BREAKS:  # (a page or column break starts no line of the text)
                out.append("" if child.get(qn("w:type")) in ("page", "column") else "\n")
            elif tag == _HYPHEN:
                out.append("-")
            elif tag == _FOOTNOTE_REF:  # (its mark as the page shows it: ① for note 1)
                out.append(_footnote_mark(child.get(qn("w:id"), "")))
            elif tag == _SYM:  # (a box Word inserted as a symbol: ☑ ticked, ☐ not)
                out.append(_symbol(child.get(qn("w:font"), ""), child.get(qn("w:char"), "")))
            else:
                walk(child)

    walk(p)
    return "".join(out)


_SYM = qn("w:sym")
# Wingdings (and Wingdings 2) boxes, as Word's Insert → Symbol puts them in: what they show
_SYMBOLS = {("wingdings", "f0fe"): "☑", ("wingdings", "f0fd"): "☒", ("wingdings", "f0a8"): "☐",
            ("wingdings", "f06f"): "☐", ("wingdings", "f0fc"): "√",
            ("wingdings 2", "f052"): "☑", ("wingdings 2", "f054"): "☒",
            ("wingdings 2", "f0a3"): "☐"}


def _symbol(font: str, char: str) -> str:
    """The character a w:sym shows: a known box or tick, else its code as Unicode (a symbol font
    maps F0xx to its own glyphs, so an unknown one reads as nothing)."""
    found = _SYMBOLS.get((font.lower(), char.lower()))
    if found is not None:
        return found
    code = int(char, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,5}", char) else 0
    return chr(code) if code and not 0xF000 <= code <= 0xF0FF and "wingdings" not in \
        font.lower() and "symbol" not in font.lower() else ""


_P_PR, _R_PR = qn("w:pPr"), qn("w:rPr")
_FOOTNOTE_REF, _FOOTNOTE = qn("w:footnoteReference"), qn("w:footnote")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _footnote_mark(note_id: str) -> str:
    """Word's footnote 1, 2 … as the circled mark a Chinese document's notes carry."""
    return _CIRCLED[int(note_id) - 1] if note_id.isdigit() and 1 <= int(note_id) <= 20 else ""


def footnotes(document: Any) -> list[str]:
    """The footnotes the body calls, as the page foot shows them under its rule (—————— ⏎
    ①本计划项目采取前资助方式…): after the body's lines, so its lines keep their numbers."""
    from docx.oxml import parse_xml

    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype.endswith("/footnotes") and not rel.is_external), None)
    if part is None:
        return []
    notes = [(mark, "".join(paragraph_text(p) for p in note.iter(_P)).strip())
             for note in parse_xml(part.blob).iter(_FOOTNOTE)
             if (mark := _footnote_mark(note.get(qn("w:id"), "")))]
    said = [f"{mark}{text}" for mark, text in notes if text]
    return ["——————", *said] if said else []


_RUN, _VANISH = qn("w:r"), qn("w:vanish")


def _vanished(element: Any) -> bool:
    """Text formatted hidden (w:rPr/w:vanish): an old amount left beside the new one, a
    paragraph kept out of sight — what the reader of the page does not see."""
    props = element.find(_R_PR)
    vanish = props.find(_VANISH) if props is not None else None
    return vanish is not None and vanish.get(qn("w:val"), "true") not in ("0", "false", "off")


def _out_of_sight(p: Any) -> bool:
    """A paragraph whose mark is hidden and which shows nothing: no line at all."""
    props = p.find(_P_PR)
    return props is not None and _vanished(props) and not paragraph_text(p).strip()


def _mark_deleted(p: Any) -> bool:
    """A paragraph whose mark is a tracked deletion (w:pPr/w:rPr/w:del): once the changes are
    accepted it is no paragraph of its own, its text (if any is left) the next one's."""
    props = p.find(_P_PR)
    marks = props.find(_R_PR) if props is not None else None
    return marks is not None and marks.find(_DEL) is not None


FRAME_BLOCKS = 5  # a one-cell table holding this many paragraphs and tables frames the text


def _frame(tbl: Any) -> bool:
    """A table of one row and one cell holding the text itself (a bordered frame around the
    notice and its guideline): its paragraphs are lines as the body's are, not one cell."""
    rows = list(_rows(tbl))
    cells = _cells(rows[0]) if len(rows) == 1 else []
    return len(cells) == 1 and sum(1 for _ in blocks(cells[0])) >= FRAME_BLOCKS


def _cells(tr: Any) -> list[Any]:
    """A row's cells, each once however many grid columns it spans (its content controls'
    too)."""
    found: list[Any] = []
    for child in tr.iterchildren():
        if child.tag == _TC:
            found.append(child)
        elif child.tag in (_SDT, _CUSTOM) and (
                content := child.find(_CONTENT) if child.tag == _SDT else child) is not None:
            found.extend(c for c in content.iterchildren() if c.tag == _TC)
    return found


def _deleted(tr: Any) -> bool:
    """A row deleted with changes tracked (w:trPr/w:del): gone once they are accepted."""
    props = tr.find(_TR_PR)
    return props is not None and props.find(_DEL) is not None


def _rows(tbl: Any) -> Iterator[Any]:
    """A table's rows, those a content control or custom tag wraps too."""
    for child in tbl.iterchildren():
        if child.tag == _TR:
            if not _deleted(child):
                yield child
        elif child.tag == _CUSTOM:
            yield from _rows(child)
        elif child.tag == _SDT and (content := child.find(_CONTENT)) is not None:
            yield from _rows(content)


def _span(tc: Any) -> int:
    """How many grid columns a cell spans (w:gridSpan)."""
    props = tc.find(qn("w:tcPr"))
    span = props.find(qn("w:gridSpan")) if props is not None else None
    return int(span.get(qn("w:val"), "1")) if span is not None else 1


def _skipped(tr: Any) -> int:
    """The grid columns a row leaves out before its first cell (w:gridBefore)."""
    props = tr.find(qn("w:trPr"))
    before = props.find(qn("w:gridBefore")) if props is not None else None
    return int(before.get(qn("w:val"), "0")) if before is not None else 0


def _merged_on(tc: Any) -> bool:
    """A cell a vertical merge carries on from the one above (w:vMerge without restart)."""
    props = tc.find(qn("w:tcPr"))
    merge = props.find(qn("w:vMerge")) if props is not None else None
    return merge is not None and merge.get(qn("w:val"), "continue") == "continue"


def _merged_columns(tr: Any) -> set[int]:
    """The grid columns where a row's cells carry a vertical merge on from the row above."""
    found, column = set(), _skipped(tr)
    for tc in _cells(tr):
        if _merged_on(tc):
            found.add(column)
        column += _span(tc)
    return found


def _heads(rows: list[Any], index: int) -> bool:
    """Whether row `index` can be a two-row header's lower row: the cells it carries on start in
    the row above (which carries nothing on itself) and end in it (the next row carries none of
    them on) — not a direction under a group row inside a class cell merged down many rows."""
    carried = _merged_columns(rows[index])
    return index > 0 and not _merged_columns(rows[index - 1]) and (
        index + 1 == len(rows) or not carried & _merged_columns(rows[index + 1]))


# 最低 | 最高 under 支持强度（万元）: the bounds of the amount the cell above names
_BOUND = re.compile(r"^(?:最低|最高|下限|上限|最少|最多)(?:额度|金额|标准)?$")


def _bound_of(upper: str, lower: str) -> str:
    """最高 under 支持强度（万元） as 支持强度最高（万元）; any other lower cell as it stands."""
    if not _BOUND.match(lower.strip()):
        return lower
    named = re.match(r"^(?P<label>.*?)\s*(?P<unit>[(（][^()（）]*[)）])?$", upper.strip())
    return f"{named['label']}{lower.strip()}{named['unit'] or ''}" if named else lower


def word_lines(document: Any, listed: set[int] | None = None,
               depths: dict[int, int] | None = None,
               spans: dict[int, tuple[int, ...]] | None = None) -> list[str]:
    """The document's lines: each paragraph with the number Word shows before it, each table
    row its cells joined by tabs (a merged cell's text under every row it spans, as the rows
    are read one by one). `listed` gathers the 1-based lines of the directions a row's one
    cell lists as paragraphs (`_listed_directions`): the row's other cells, repeated on each
    of those lines, are stated once for all of them. `depths` gathers the outline level (1 for
    标题 1) of each heading that Word's style alone makes one, without a number of any kind.
    `spans` gathers, for a row of several cells some of which are merged across columns
    (支持方式 | 前资助 over two columns | 后补助), how many grid columns each cell covers."""
    numbering = Numbering(document)
    outline = OutlineLevels(document)
    lines: list[str] = []

    def cell_text(tc: Any) -> str:
        said = []
        for block in blocks(tc):
            if block.tag == _P and _out_of_sight(block):
                continue
            if block.tag == _P:  # (a number's tab inside a cell would part the cells)
                said.append((numbering.label(block) + paragraph_text(block)).replace("\t", " "))
            else:  # a table in the cell: its rows, each a line of its own (marked)
                said.extend(_NESTED + _INNER.join(_whole(cell_text(c)).replace(_NESTED, "")
                                                  for c in _cells(tr)) for tr in _rows(block))
        # (an empty paragraph a cell ends with — the one Word keeps after a table nested in
        # it too — is a line of its own, as Word saves it)
        return "\n".join(said).strip(" \t\u3000")

    def read(parent: Any) -> None:
        """The lines of the blocks under `parent` (the body, or a frame's one cell)."""
        joined = ""  # the text of paragraphs whose mark a tracked change deleted
        for block in blocks(parent):
            if block.tag == _P and _out_of_sight(block):
                continue
            if block.tag == _P:
                said = joined + numbering.label(block) + paragraph_text(block)
                if _mark_deleted(block):  # (accepted, its text runs on into the next paragraph)
                    joined = said
                    continue
                joined = ""
                depth = outline.depth(block)
                if depths is not None and depth and not _NUMBERED.match(said) and said.strip():
                    depths[len(lines) + 1] = depth
                lines.extend(said.splitlines() or [""])
                for box in _text_boxes(block):  # (a 申报须知 box anchored here: its paragraphs)
                    read(box)
                continue
            if joined:  # (a table stops the run-on: Word keeps a mark before it, as at the end)
                lines.extend(joined.splitlines())
                joined = ""
            if _frame(block):  # a one-cell table framing the text: its blocks, as the body's
                read(_cells(next(_rows(block)))[0])
                continue
            above: dict[int, str] = {}  # the row above's text by the grid column its cells start
            spanned: set[int] = set()  # the grid columns the row above's wide cells cover
            wide: dict[int, str] = {}  # the row above's wide cells' text by each column they cover
            joined_header: tuple[int, str, str] | None = None  # (its line, upper row, lower row)
            rows = list(_rows(block))
            for index, tr in enumerate(rows):
                texts, starts, column = [], {}, _skipped(tr)
                widths: list[int] = []
                columns: list[int] = []
                covered: set[int] = set()
                spread: dict[int, str] = {}
                under = carried = own = 0
                for tc in _cells(tr):
                    text = cell_text(tc)
                    if not text and _merged_on(tc):
                        # (the class cell written once for its rows, under the grid column it
                        # starts in; its first line, as the lines below it are the rows')
                        text = " ".join(above.get(column, "").split("\n"))
                        carried += 1
                    elif column in spanned:
                        under += 1
                    else:  # (a cell of the row's own beside the wide cell: 6.1 under 序号)
                        own += bool(text)
                    texts.append(text)
                    widths.append(_span(tc))
                    columns.append(column)
                    starts[column] = text
                    if _span(tc) > 1:
                        covered.update(range(column + 1, column + _span(tc)))
                        spread.update(dict.fromkeys(range(column, column + _span(tc)), text))
                    column += _span(tc)
                row = "\t".join(texts)
                if carried and under >= 2 and lines and "\n" not in row \
                        and not own and _heads(rows, index):
                    # 资助标准 over 资助方式 | 资助强度, the other cells merged down: one header row
                    # (the columns named by the lower cells), the upper row's line left empty
                    # (支持强度（万元） over 最低 | 最高: bounds of what the upper cell names)
                    named = "\t".join(_bound_of(wide[at], text) if at in wide else text
                                       for at, text in zip(columns, texts, strict=True))
                    joined_header = (len(lines) - 1, lines[-1], row)
                    lines[-1], row = named, ""
                above, spanned, wide = starts, covered | {c - 1 for c in covered}, spread
                # a cell of several paragraphs goes on over the lines below (Word's numbering of
                # lines); the row is read whole on its first line, the others left empty, as a
                # PDF's wrapped paragraph is — else its cells' later paragraphs, and the cells to
                # their right, would read as lines of text of their own
                row_lines, shared = _row_lines(texts, row)
                if spans is not None and row and len(widths) > 1 and max(widths) > 1:
                    spans[len(lines) + 1] = tuple(widths)
                if listed is not None:
                    listed.update(len(lines) + 1 + index for index in shared)
                lines.extend(row_lines)
            if joined_header is not None and any(
                    TICK.match(cell) for line in lines[joined_header[0] + 2:]
                    for cell in line.split("\t")):
                # 支持方式 over 后补助 | 奖补, each row ticking one with √: the upper row names
                # what the options are options of, so both rows stay (ticked.as_one_column_each)
                at, upper, lower = joined_header
                lines[at], lines[at + 1] = upper, lower
        if joined:
            lines.extend(joined.splitlines())

    read(document.element.body)
    if next(document.element.body.iter(_FOOTNOTE_REF), None) is not None:
        lines.extend(footnotes(document))
    return lines


def _row_lines(texts: list[str], row: str) -> tuple[list[str], list[int]]:
    """A row's lines as Word numbers them: the row read whole on the first, the lines its cells'
    later paragraphs take left empty — but a table nested in a cell (a layout table holding a
    plan's directions) keeps each of its rows on its line, its cells apart by tabs. Also which
    of the lines are directions one cell lists (their other cells the row's, shared)."""
    pieces = row.split("\n")
    if len(pieces) == 1:  # (a one-row table nested in a cell: its cells the row's)
        return [row.replace(_NESTED, "").replace(_INNER, "\t")], []
    if _NESTED not in row and sum(
            1 for text in texts if len(text.split("\n")) >= PANEL_PARAGRAPHS) >= 2:
        # a folded leaflet laid out as a table, a row a printed side, a cell a panel of a page
        # (申报须知 | 联系我们 | the cover): Word's lines — the cells' first paragraphs on the
        # row's line, then each cell's other paragraphs in turn, each a line of its own
        paragraphs = [text.split("\n") for text in texts]
        return ["\t".join(cell[0] for cell in paragraphs),
                *(paragraph for cell in paragraphs for paragraph in cell[1:])], []
    said = [_whole("\n".join(p for p in text.split("\n") if not p.startswith(_NESTED)))
            for text in texts]
    if _NESTED in row and sum(1 for text in said if text) <= LAYOUT_CELLS:
        # a layout table's row (（三）社会发展科技计划 | 聚焦…，每项资助5～10万元… over its table
        # of directions): its cells are a heading and its text, read as one paragraph
        parts = [text for text in said if text]
        said = ["".join(text if not index or parts[index - 1].endswith(_RUNS_ON)
                        else f"。{text}" for index, text in enumerate(parts))]
    listed = _listed_directions(texts, said, len(pieces))
    if listed is not None:
        return listed
    headed = _headed_value(texts, len(pieces))
    if headed is not None:
        return headed, []
    lines = ["\t".join(said)] + [""] * (len(pieces) - 1)
    for index, piece in enumerate(pieces):
        # (a piece may join the outer cells' paragraphs either side of it with tabs)
        nested = [cell for cell in piece.split("\t") if cell.startswith(_NESTED)]
        if index and nested:
            lines[index] = nested[0].removeprefix(_NESTED).replace(_INNER, "\t")
    return lines, []


def _listed_directions(texts: list[str], said: list[str],
                       height: int) -> tuple[list[str], list[int]] | None:
    """A row whose one cell lists the directions of its row as numbered paragraphs (计划名称 |
    1.…（HD26-01） ⏎ 以鱼皮…为原料… ⏎ 2.…（HD26-02） | 事前资助 | 每项不超过50万元 | …): a row per
    direction, on the line Word gives its paragraph, the row's other cells its own — the text
    under a direction its cell's too. A name before the list (服务体系建设 ⏎ 1.… ⏎ 2.…) stays
    the row's, on its first line. Also the lines the directions are on."""
    # (the one cell listing them; other cells may hold paragraphs of their own too, 研究内容 ⏎
    # 考核指标, and the listing cell may be the first: 13.…（FZ23SF04） ⏎ 14.…（FZ23SF05）)
    multi = [index for index, text in enumerate(texts) if "\n" in text and sum(
        1 for part in text.split("\n") if LISTED_ITEM.match(part)) >= 2 and all(
        _LISTED_TITLE.match(part) for part in text.split("\n") if LISTED_ITEM.match(part))]
    if len(multi) != 1 or _NESTED in texts[multi[0]]:
        return None
    offset = sum(text.count("\n") for text in texts[:multi[0]])  # (lines the cells before take)
    paragraphs = texts[multi[0]].split("\n")
    starts = [index for index, text in enumerate(paragraphs) if LISTED_ITEM.match(text)]
    head = _whole("\n".join(paragraphs[:starts[0]])) if starts else ""
    # (its length without a bracket: …研究（RCKJ2025-ZD03），下设2个子方向：, a group's code)
    if len(starts) < 2 or len(re.sub(r"[(（][^()（）]*[)）]", "", head)) > MAX_LISTING_NAME \
            or "。" in head.rstrip("。"):
        return None
    lines = [""] * height
    if head:
        lines[0] = "\t".join([*said[:multi[0]], head, *said[multi[0] + 1:]])
    for begin, end in zip(starts, [*starts[1:], len(paragraphs)], strict=True):
        title, *under = paragraphs[begin:end]  # (its title, then what it funds: a sentence)
        cells = [_its_item(cell, _item_number(title), len(starts)) for cell in said]
        body = _whole("\n".join(under))
        cells[multi[0]] = title.strip().rstrip("。") + "。" + body if body else title.strip()
        at = begin + offset if begin else 0
        if at < height:
            lines[at] = "\t".join(cells)
    return lines, [at for begin in starts if (at := begin + offset if begin else 0) < height]


# ◆方向1　新能源汽车…（编号：BY2024-ZX01） / 方向2：…: a keyword heading opening a paragraph
def _headed_value(texts: list[str], height: int) -> list[str] | None:
    """A label's row whose value cell holds headings among its paragraphs (`holds_outline`),
    or a direction card's (its number | its title, then its fields as paragraphs): each
    paragraph on the line Word gives it, the label (the number) before the first — the headings
    and the text under each read as the body's are. None for any other row."""
    if len(texts) != 2 or "\n" in texts[0] or len(texts[0]) > 8 or _NESTED in texts[1]:
        return None
    paragraphs = texts[1].split("\n")
    if len(paragraphs) != height:
        return None
    if _CARD_NUMBER.match(texts[0].strip()) and sum(
            1 for paragraph in paragraphs if _LABELLED.match(paragraph)) >= 2:
        # 01 | 山区物流…关键技术 ⏎ 指南代码：… ⏎ 研究内容：… ⏎ …: a direction card, its number in
        # the left cell, its title, fields (and lettered parts) the right cell's paragraphs
        return [f"{texts[0].strip()}\u3000{paragraphs[0]}", *paragraphs[1:]]
    if not holds_outline(paragraphs):
        return None
    return [f"{texts[0]}\t{paragraphs[0]}", *paragraphs[1:]]


_CARD_NUMBER = re.compile(r"^(?:[A-Z]?\d{1,2}|[一二三四五六七八九十]{1,3})$")
_LABELLED = re.compile(r"^\s*[■●◆▲]?[【〖]?[\u4e00-\u9fff]{2,8}[】〗]?\s*[:：]")


def _item_number(title: str) -> int:
    """1.… / （1）… / ①…: the number a listed direction opens with."""
    lead = title.lstrip()[:1]
    if "\u2460" <= lead <= "\u2473":
        return ord(lead) - 0x2460 + 1
    found = re.search(r"\d{1,2}", title)
    return int(found[0]) if found else 0


# 资助额度：1.每项不超过30万元；2.每项50万元，拟支持1项；3.…: a cell giving each direction the
# row lists its own clause, by the direction's number, after a label
_ITEMS = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,8})[:：]\s*(?P<items>1\s*[.．、]"
                    r"[^。]*?(?:[；;]\s*\d{1,2}\s*[.．、][^。；;]*)+)(?=。|$)")


def _its_item(cell: str, number: int, count: int) -> str:
    """A row's shared cell as one of the directions it lists reads it: where the cell gives
    each direction, numbered as the list numbers them, a clause of its own, only this one's,
    said of it alone (本方向资助额度每项50万元，拟支持1项) — the rest of the cell stays shared."""
    found = _ITEMS.search(cell)
    if found is None:
        return cell
    parts = re.split(r"[；;]\s*(?=\d{1,2}\s*[.．、])", found["items"])
    numbers = [int(m[0]) for part in parts if (m := re.match(r"\d{1,2}", part))]
    if numbers != list(range(1, count + 1)) or not 1 <= number <= count:
        return cell
    clause = re.sub(r"^\d{1,2}\s*[.．、]\s*", "", parts[number - 1]).strip()
    return f"{cell[:found.start()]}本方向{found['label']}{clause}{cell[found.end():]}"


MAX_LISTING_NAME = 40  # (a name over the list, not a sentence of content)
# 13.智慧养老服务机器人研发与应用（FZ23SF04）: a listed direction's title, not a point of content
# (1．研究深远海养殖工船舱…，…: a sentence)
_LISTED_TITLE = re.compile(r"^[^，,；;]{2,60}$")


# a heading whose text numbers it (typed, or the number Word shows): its number says its depth
_NUMBERED = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}\s*[)）、.．]"
                       r"|第[一二三四五六七八九十\d]+[部章节篇条]|[①-⑳]|[A-Za-z]\s*[.、)）])")
_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_OUTLINE, _STYLE, _BASED = qn("w:outlineLvl"), qn("w:pStyle"), qn("w:basedOn")


class OutlineLevels:
    """The outline level Word gives a paragraph: its own w:outlineLvl, or its style's (标题 2
    is level 2), through the styles it is based on; 0 for body text."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, int | None] = {}
        self.based: dict[str, str] = {}
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            name = style.find(qn("w:name"))
            named = _HEADING_NAME.match(name.get(qn("w:val"), "") if name is not None else "")
            self.levels[style_id] = _outline_level(style.find(qn("w:pPr"))) or (
                int(named[1]) if named else None)
            based = style.find(_BASED)
            if based is not None:
                self.based[style_id] = based.get(qn("w:val"), "")

    def depth(self, p: Any) -> int:
        ppr = p.find(qn("w:pPr"))
        own = _outline_level(ppr)
        if own is not None:
            return own
        style = ppr.find(_STYLE) if ppr is not None else None
        style_id = style.get(qn("w:val"), "") if style is not None else ""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            level = self.levels.get(style_id)
            if level is not None:
                return level
            style_id = self.based.get(style_id, "")
        return 0


def _outline_level(ppr: Any) -> int | None:
    """w:outlineLvl 0–5 as the depth 1–6; 9 (body text) as 0; None when not set."""
    found = ppr.find(_OUTLINE) if ppr is not None else None
    if found is None:
        return None
    level = int(found.get(qn("w:val"), "9"))
    return level + 1 if level < 6 else 0


_NESTED, _INNER = "\x00", "\x1f"  # a nested table's row, and the gap between its cells
# a layout table's row holds a heading and its text; a row of more cells is a row of data
# whose cell holds a small table (考核指标 | 指标值 in a direction's row)
LAYOUT_CELLS = 2
# a cell of this many paragraphs beside another is a page's panel, no data table's cell
PANEL_PARAGRAPHS = 8


def _whole(cell: str) -> str:
    """A cell's paragraphs as one text: run on after a full stop or colon, else a space."""
    said = [part.strip() for part in cell.split("\n") if part.strip()]
    return "".join(part if not index or said[index - 1].endswith(_RUNS_ON)
                   or _word_broken(said[index - 1], part) else f" {part}"
                   for index, part in enumerate(said))


def _word_broken(before: str, after: str) -> bool:
    """受理 ⏎ 科室 in a header cell (a manual break inside a word): no space between them."""
    return len(before) <= 4 and len(after) <= 4 and bool(
        _CJK.fullmatch(before[-1:]) and _CJK.fullmatch(after[:1]))


_CJK = re.compile(r"[\u4e00-\u9fff]")


_RUNS_ON = tuple("。；;：:！？!?，,、")
