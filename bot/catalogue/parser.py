"""Guideline text → tree of plans, groups, directions and sub-directions → leaves.

The documents were converted from Word by different bureaus, so the parser reads lines, not
layout: every line is classified (heading, field label, or running text) on its own merits, with
one look-ahead for bare headings (a short unpunctuated line is a heading only when another heading
follows it). Where conversion lost a heading (南宁's 重大项目1/3/5 and its first plan) the gap is
detected from numbering and the node is created with `inferred` saying what was reconstructed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.catalogue import extract
from bot.catalogue.models import Guideline, GuidelineMeta, ParseIssue
from bot.catalogue.numbers import normalise

Kind = Literal["plan", "group", "direction", "sub"]

BOOKMARK = re.compile(r"\[bookmark:\s*_Toc\d+\]")
CN_NUM = "一二三四五六七八九十"
TERMINAL = "。；;！？!?，,："

# Canonical field keys and the labels that name them in the five documents.
FIELD_LABELS: dict[str, str] = {
    "研究内容": "content", "主要内容": "content", "主要研究内容": "content", "支持内容": "content",
    "建设内容": "content", "支持方向": "content",
    "考核指标": "indicators", "考核要求": "indicators", "预期目标": "indicators",
    "绩效目标": "indicators",
    "实施年限": "period", "实施期限": "period", "执行期限": "period", "项目实施期": "period",
    "资助方式": "mode", "支持方式": "mode", "补助方式": "mode",
    "资助经费": "funding", "资助金额": "funding", "补助经费": "funding", "补助金额": "funding",
    "资助额度": "funding", "支持额度": "funding", "资助强度": "funding", "支持经费": "funding",
    "拟立项数": "quota", "拟支持项目数": "quota",
    "项目总投入": "total", "项目总投资": "total",
    "申报要求": "requirements", "申报条件": "requirements", "相关要求": "requirements",
    "申报主体": "requirements",
    "相关说明": "notes",
}
_LABEL_WORDS = "|".join(sorted(FIELD_LABELS, key=len, reverse=True))
FIELD_LINE = re.compile(
    rf"^(?P<num>\d+\s*[.．、]\s*)?(?P<label>{_LABEL_WORDS})\s*(?:\([^)]*\))?\s*[:：]\s*(?P<rest>.*)$"
)
UNKNOWN_LABEL = re.compile(
    r"^(?P<num>\d+\s*[.．、]\s*)?(?P<label>[\u4e00-\u9fff]{2,6}(?:内容|指标|要求|条件|年限|期限|方式"
    r"|经费|金额|额度|说明|对象|范围|主体|材料))\s*[:：]"
)

SUB_HEAD = re.compile(r"^子方向\s*(?P<num>\d+)\s*[:：]\s*(?P<rest>.*)$")
DIRECTION_HEAD = re.compile(
    r"^方向\s*(?P<num>\d*)\s*(?:\(\s*(?P<code>[0-9A-Za-z\-]+)\s*\))?\s*[:：]\s*(?P<rest>.*)$"
)
GROUP_HEADS = (
    re.compile(r"^(?P<label>项目类型)\s*(?P<num>\d+)\s*[:：]\s*(?P<rest>.+)$"),
    re.compile(r"^(?P<label>(?:重大)?项目)\s*(?P<num>\d+)\s*[:：]\s*(?P<rest>.+)$"),
    re.compile(rf"^(?P<label>专题)(?P<num>[{CN_NUM}]+)\s*[:：]\s*(?P<rest>.+)$"),
)
PLAN_HEADS = (re.compile(rf"^(?P<label>计划)(?P<num>[{CN_NUM}]+)\s*[:：、]?\s*(?P<rest>.+)$"),)
NUMBERED_HEAD = re.compile(rf"^(?P<num>\d+|[{CN_NUM}]+)\s*、\s*(?P<rest>.+)$")
PLAN_WORDS = re.compile(r"(计划|专项|后补助)$")
OFFICE = re.compile(r"^(?P<title>.*)[(（](?P<office>[^()（）]*?(?:管理|统筹))[)）]\s*$")
LATER_NOTE = re.compile(r"^上述\s*\d*\s*个?方向")


@dataclass
class Node:
    """One heading and what stands under it, before it becomes leaves."""

    kind: Kind
    line: int
    title: str | None
    number: str | None = None
    code: str | None = None
    office: str | None = None
    label: str | None = None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent = self
        self.children.append(child)
        return child

    def field_text(self, key: str) -> str | None:
        lines = self.fields.get(key)
        return "\n".join(lines).strip() or None if lines else None

    @property
    def directions(self) -> list[Node]:
        return [c for c in self.children if c.kind == "direction"]

    def ancestors(self) -> list[Node]:
        chain, node = [], self.parent
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


@dataclass
class Line:
    """A source line with junk removed; `indented` marks a lost heading in some conversions."""

    number: int
    text: str
    norm: str
    indented: bool


def clean_lines(raw_lines: list[str]) -> list[Line]:
    """Strip bookmarks and whitespace; keep original numbering; drop empty lines."""
    result = []
    for number, raw in enumerate(raw_lines, start=1):
        text = BOOKMARK.sub("", raw)
        stripped = text.strip()
        if not stripped:
            continue
        result.append(Line(number, stripped, normalise(stripped), text[:1].isspace()))
    return result


# --------------------------------------------------------------------------- classification


def is_bare_heading(line: Line) -> bool:
    """A short line with no sentence punctuation: a heading if a heading follows it."""
    text = line.norm
    return (
        len(text) <= 40
        and not any(mark in text for mark in TERMINAL)
        and not re.match(r"^[(（\d]", text)
        and not text.startswith("课题")
    )


def heading_kind(line: Line) -> tuple[Kind, re.Match[str]] | None:
    """Kind and match of an explicit heading line (方向, 子方向, 项目N, 计划一 …), else None."""
    for kind, patterns in (("sub", (SUB_HEAD,)), ("direction", (DIRECTION_HEAD,)),
                           ("group", GROUP_HEADS), ("plan", PLAN_HEADS)):
        for pattern in patterns:
            match = pattern.match(line.norm)
            if match:
                return kind, match  # type: ignore[return-value]
    match = NUMBERED_HEAD.match(line.norm)
    if match and is_bare_heading(Line(line.number, match["rest"], match["rest"], False)):
        kind = "plan" if PLAN_WORDS.search(match["rest"]) else "group"
        return kind, match  # type: ignore[return-value]
    return None


# --------------------------------------------------------------------------- tree building


class TreeBuilder:
    """Feeds classified lines into a tree; one instance per document."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.root = Node("plan", 0, None)
        self.plan: Node | None = None
        self.group: Node | None = None
        self.direction: Node | None = None
        self.sub: Node | None = None
        self.open_field: tuple[Node, str] | None = None
        self.numbered_fields = False
        self.warnings: list[ParseIssue] = []

    # the node that running text and fields currently belong to
    @property
    def current(self) -> Node | None:
        return self.sub or self.direction or self.group or self.plan

    def build(self, lines: list[Line]) -> Node:
        for index, line in enumerate(lines):
            self.feed(line, lines[index + 1: index + 3])
        return self.root

    def feed(self, line: Line, ahead: list[Line]) -> None:
        explicit = heading_kind(line)
        if explicit:
            self.open_heading(explicit[0], explicit[1], line)
            return
        if self.feed_field(line):
            return
        if is_bare_heading(line) and heads_section(ahead):
            kind: Kind = "plan" if PLAN_WORDS.search(line.norm) else "group"
            self.open_bare(kind, line)
            return
        self.feed_text(line)

    # ------------------------------------------------------------------ headings

    def open_heading(self, kind: Kind, match: re.Match[str], line: Line) -> None:
        groups = match.groupdict()
        number = groups.get("num") or None
        rest = original_rest(line, match)
        if kind == "plan":
            self.start_plan(line, rest, number, groups.get("label"))
        elif kind == "group":
            self.start_group(line, rest, number, groups.get("label"))
        elif kind == "direction":
            self.start_direction(line, rest, number, groups.get("code"))
        else:
            self.start_sub(line, rest, number)

    def open_bare(self, kind: Kind, line: Line) -> None:
        if kind == "plan":
            self.start_plan(line, line.text, None, None)
        else:
            self.start_group(line, line.text, None, None)

    def start_plan(self, line: Line, title: str, number: str | None, label: str | None) -> None:
        self.plan = self.root.add(Node("plan", line.number, title, number, label=label))
        self.group = self.direction = self.sub = None
        self.open_field = None

    def start_group(self, line: Line, title: str, number: str | None, label: str | None) -> None:
        parent = self.plan or self.root
        self.group = parent.add(Node("group", line.number, title, number, label=label))
        self.direction = self.sub = None
        self.open_field = None

    def start_direction(self, line: Line, rest: str, number: str | None, code: str | None) -> None:
        if self.lost_group_before(number):
            self.infer_group(line)
        parent = self.group or self.plan or self.root
        node = parent.add(Node("direction", line.number, None, number, code=code, label="方向"))
        split_title(node, rest)
        self.direction, self.sub = node, None
        self.open_field = None

    def start_sub(self, line: Line, rest: str, number: str | None) -> None:
        parent = self.direction or self.group or self.plan or self.root
        node = parent.add(Node("sub", line.number, None, number, label="子方向"))
        split_title(node, rest)
        self.sub = node
        self.open_field = None

    def lost_group_before(self, number: str | None) -> bool:
        """A 方向 (bare or numbered 1) after a sibling with numbered groups around: lost heading.

        Numbering restarts only under a new group heading, so a restart without one means
        the conversion dropped that heading (南宁's 重大项目1/3/5).
        """
        if number not in (None, "1"):
            return False
        # without any group yet, infer_leading_group decides after the whole plan is read
        return self.group is not None and bool(self.group.directions)

    def infer_group(self, line: Line) -> None:
        previous = self.group
        number = None
        if previous is not None and previous.number and previous.number.isdigit():
            number = str(int(previous.number) + 1)
        label = previous.label if previous is not None else None
        self.start_group(line, "", number, label)
        assert self.group is not None
        self.group.title = None
        self.group.inferred.append(f"{label or '分组'}{number or ''}标题在转换中丢失")

    # ------------------------------------------------------------------ fields and text

    def feed_field(self, line: Line) -> bool:
        match = FIELD_LINE.match(line.norm)
        node = self.current
        if not match or node is None:
            self.warn_unknown_label(line)
            return False
        key = FIELD_LABELS[match["label"]]
        if match["num"]:
            self.numbered_fields = True
        block = node.fields.setdefault(key, [])
        if key == "requirements":
            self.share_requirements(node, block)
        if match["rest"]:
            block.append(_original_tail(line.text))
        self.open_field = (node, key)
        return True

    @staticmethod
    def share_requirements(node: Node, block: list[str]) -> None:
        """One 申报要求 block written under several bare directions covers all of them (南宁):
        siblings that have no fields of their own share the same block object."""
        if node.kind != "direction" or node.parent is None:
            return
        for sibling in node.parent.directions:
            if sibling is not node and not sibling.fields and not sibling.children:
                sibling.fields["requirements"] = block
                sibling.inferred.append(f"申报要求与第{node.line}行的方向共用")

    def warn_unknown_label(self, line: Line) -> None:
        match = UNKNOWN_LABEL.match(line.norm)
        if not match or self.current is None:
            return
        if match["num"] and not self.numbered_fields:
            return  # a numbered item inside a field, such as 1.产业发展指标：
        self.warnings.append(ParseIssue(
            file=self.source, line=line.number,
            reason=f"unknown field label {match['label']!r}: kept as running text",
        ))

    def feed_text(self, line: Line) -> None:
        node = self.current
        if node is None:
            return  # preamble before the first heading: not part of any plan
        if LATER_NOTE.match(line.norm) and self.group is not None:
            self.group.notes.append(line.text)
            return
        if self.open_field is not None and self.open_field[0] is node:
            target, key = self.open_field
            target.fields[key].append(line.text)
            return
        node.text.append(line.text)


def original_rest(line: Line, match: re.Match[str]) -> str:
    """The heading's title in the document's own characters (the match ran on folded text)."""
    norm_rest = (match.groupdict().get("rest") or "").strip()
    separators = "、" if match.re is NUMBERED_HEAD else "：:"
    cut = min((i for i in (line.text.find(s) for s in separators) if i >= 0), default=-1)
    if cut < 0:
        return norm_rest
    return line.text[cut + 1:].strip()


def heads_section(ahead: list[Line]) -> bool:
    """Is a bare line followed by a heading (directly, or after one more bare heading)?

    That look-ahead is what tells 工业新产品新技术开发研究 (a group whose 一、 was lost)
    from a short unpunctuated line of running text.
    """
    if not ahead:
        return False
    if heading_kind(ahead[0]):
        return True
    return len(ahead) > 1 and is_bare_heading(ahead[0]) and heading_kind(ahead[1]) is not None


def _original_tail(text: str) -> str:
    """The field's content in original characters: the text after the label's first colon."""
    cut = min((i for i in (text.find("："), text.find(":")) if i >= 0), default=-1)
    return text[cut + 1:].strip()


def split_title(node: Node, rest: str) -> None:
    """方向N：title（office） or 方向N：title。content on one line; title never invented."""
    rest = rest.strip()
    office = OFFICE.match(rest)
    if office:
        node.title = office["title"].strip()
        node.office = office["office"].strip()
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
    node.title = head.strip() or None


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
    orphans = [c for c in root.children if c.kind != "plan"]
    if not plans or not orphans:
        return
    lost = Node("plan", orphans[0].line, None, "1")
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
    groups = [c for c in plan.children if c.kind == "group"]
    leading = [c for c in plan.children if c.kind == "direction"]
    if not groups or not leading or not (groups[0].number or "").isdigit():
        return
    first = plan.children.index(groups[0])
    leading = [c for c in leading if plan.children.index(c) < first]
    number = int(groups[0].number or 0) - 1
    if not leading or number < 1:
        return
    lost = Node("group", leading[0].line, None, str(number), label=groups[0].label, parent=plan)
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


# --------------------------------------------------------------------------- leaves


def parse_guideline(meta: GuidelineMeta, raw_lines: list[str], source_name: str) -> Guideline:
    """The whole document: tree, then leaves with every stated field extracted."""
    lines = clean_lines(raw_lines)
    builder = TreeBuilder(source_name)
    root = builder.build(lines)
    first_heading = next((ln.number for ln in lines if heading_kind(ln)), None)
    preamble = [ln.text for ln in lines if first_heading is None or ln.number < first_heading]
    infer_lost_plans(root, preamble)
    for plan in root.children:
        infer_leading_group(plan)
        infer_lost_group_titles(plan)
    leaves = [
        extract.leaf_from_node(meta, node, source_name, index)
        for index, node in enumerate(leaf_nodes(root), start=1)
    ]
    warnings = builder.warnings
    if not leaves:
        warnings.append(ParseIssue(file=source_name, line=1, fatal=True,
                                   reason="no recognisable structure: no 方向/项目 headings found"))
    return Guideline(meta=meta, leaves=leaves, warnings=warnings)


def leaf_nodes(root: Node) -> list[Node]:
    """Depth-first leaves: sub-directions, directions without them, and groups that are
    fundable items on their own (a heading with text or fields but no 方向 under it)."""
    found: list[Node] = []

    def walk(node: Node) -> None:
        if node.kind in ("direction", "sub") and not node.children:
            found.append(node)
            return
        if node.kind == "group" and not node.children and (node.text or node.fields):
            node.inferred.append("无“方向”标签的申报事项，作为一个方向处理")
            found.append(node)
            return
        for child in node.children:
            walk(child)

    walk(root)
    return found
