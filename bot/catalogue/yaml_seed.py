"""A guideline keyed into a YAML file (a project system's seed data, a site generator's data
file): plans and directions as mappings with a title, their terms as keyed values — often named
in English (office, mode, amount, period…) — terms a plan shares written once under an anchor
and pulled into each direction by a `<<: *anchor` merge key, the vendor's # comments (last
year's figures) beside them. Read as the outline it holds: each title a heading line, each
value a line under it, labelled by its key when it does not say what it is.

A merge of terms already said under a heading above is left to that heading (so a direction
does not restate its plan's terms as its own); a merge of terms said nowhere above (a file-wide
`defaults`) is said where it is merged, the mapping's own keys winning over it.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

_KEY_LINE = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w.-]*:(?:\s|$)")
_ITEM_KEY = re.compile(r"^\s*-\s+[A-Za-z_][\w.-]*:(?:\s|$)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE_KEYS = ("title", "heading", "name", "标题", "名称")
# what a value under an English key is, when it does not say so itself
_LABELS = {
    "office": "归口科室", "dept": "归口科室", "department": "归口科室", "mode": "支持方式",
    "support": "支持方式", "amount": "资助额度", "funding": "资助额度", "grant": "资助额度",
    "standard": "支持标准", "period": "实施期限", "duration": "实施期限", "lead": "申报主体",
    "applicant": "申报主体", "match": "配套要求", "matching": "配套要求", "quota": "拟支持数",
    "count": "拟支持数", "conditions": "申报条件", "condition": "申报条件",
    "requirements": "申报要求", "requirement": "申报要求", "indicators": "考核指标",
    "targets": "考核指标", "code": "指南代码", "note": "备注", "notes": "备注", "remark": "备注",
}
# sections that fund nothing, named by their key: said as their heading
_SECTIONS = {"contacts": "联系方式", "contact": "联系方式", "schedule": "申报时间",
             "attachments": "附件", "procedure": "申报程序", "process": "申报程序"}
MIN_KEY_LINES = 8


def _is_yaml(raw_lines: list[str]) -> bool:
    """Keyed lines, some of them items of a list, and the first line that is not a comment
    one of them."""
    said = [raw for raw in raw_lines if raw.strip() and not raw.lstrip().startswith("#")]
    return bool(said) and bool(_KEY_LINE.match(said[0])) \
        and sum(1 for raw in said if _KEY_LINE.match(raw)) >= MIN_KEY_LINES \
        and any(_ITEM_KEY.match(raw) for raw in said)


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the file holds and the line (1-based) each line comes from; None when the
    text is no such file."""
    if not _is_yaml(raw_lines):
        return None
    try:
        root = yaml.compose("\n".join(raw_lines), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, MappingNode | SequenceNode):
        return None
    lines: list[str] = []
    numbers: list[int] = []
    _walk(root, frozenset(), _merged(root), lines, numbers)
    return (lines, numbers) if lines else None


def _merged(root: Node) -> set[int]:
    """The mappings some `<<:` merges in (each said where it is merged, or under its heading)."""
    found: set[int] = set()
    pending = [root]
    while pending:
        node = pending.pop()
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == "<<":
                    found.update(id(v) for v in (value.value if isinstance(value, SequenceNode)
                                                 else [value]))
                pending.append(value)
        elif isinstance(node, SequenceNode):
            pending.extend(node.value)
    return found


def _walk(node: Node, said_above: frozenset[int], merged: set[int], lines: list[str],
          numbers: list[int]) -> None:
    if isinstance(node, SequenceNode):
        for item in node.value:
            _walk(item, said_above, merged, lines, numbers)
        return
    if not isinstance(node, MappingNode):
        return
    pairs = [(key, value) for key, value in node.value if isinstance(key, ScalarNode)]
    titled = next((value for key, value in pairs
                   if key.value in _TITLE_KEYS and isinstance(value, ScalarNode)), None)
    if titled is not None:
        _say(None, titled, lines, numbers)
    own = {key.value for key, _ in pairs if key.value != "<<"}
    said = set(said_above)
    for key, value in pairs:
        if value is titled:
            continue
        if key.value == "<<":  # a merge: the anchored terms, unless a heading above said them
            for merged in (value.value if isinstance(value, SequenceNode) else [value]):
                if isinstance(merged, MappingNode) and id(merged) not in said:
                    _say_merged(merged, own, key.start_mark.line + 1, lines, numbers)
            continue
        if isinstance(value, ScalarNode):
            _say(key.value, value, lines, numbers)
        elif titled is not None or id(value) not in merged:  # (not a template: said merged)
            if key.value.lower() in _SECTIONS:
                lines.append(_SECTIONS[key.value.lower()])
                numbers.append(key.start_mark.line + 1)
            _walk(value, frozenset(said), merged, lines, numbers)
            if titled is not None:  # (terms under a heading: said for what it holds)
                said.add(id(value))


def _label(key: str | None, text: str) -> str:
    """A value as a labelled line: 80万元至150万元 under amount is 资助额度：80万元至150万元."""
    if key is None:
        return text
    label = _LABELS.get(key.lower()) or (key if _CJK.search(key) else None)
    if label is None or re.match(r"^[^。；;，,]{1,10}[:：]", text) or text.startswith(label):
        return text
    return f"{label}：{text}"


def _say(key: str | None, value: ScalarNode, lines: list[str], numbers: list[int]) -> None:
    """A scalar with Chinese in it, each of its lines where the file has it (a block scalar's
    first line is the one after its | or >)."""
    text = str(value.value)
    if not _CJK.search(text):
        return  # ids, sort orders, dates, statuses: the system's, not the guideline's
    first = value.start_mark.line + 1 + (1 if value.style in ("|", ">") else 0)
    for index, part in enumerate(text.split("\n")):
        if part.strip():
            lines.append(_label(key, part.strip()) if index == 0 else part.strip())
            numbers.append(first + index if value.style in ("|", ">") else first)


def _say_merged(merged: MappingNode, own: set[str], number: int, lines: list[str],
                numbers: list[int]) -> None:
    """Terms merged in from a mapping no heading above said, on the merge key's line: the
    mapping's own keys win over them."""
    said = []
    for key, value in merged.value:
        if isinstance(key, ScalarNode) and isinstance(value, ScalarNode) \
                and key.value not in own and _CJK.search(str(value.value)):
            said.append(_label(key.value, str(value.value)).rstrip("。"))
    if said:
        lines.append("。".join(said) + "。")
        numbers.append(number)
