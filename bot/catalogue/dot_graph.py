"""A guideline drawn as a Graphviz DOT structure chart (a firm's 政策结构图 source): each heading
a node whose label holds its text (\\l line ends, backslash-newline continuations cutting words
and figures), the hierarchy only in the edges (p1 -> {zd01 zd02}), a heading's terms in note
nodes hung on it by dashed edges (or an HTML-like <table> label), the engineers' // comments, a
legend on dotted edges and attribute-only restatements of nodes beside them. Read as the
outline the edges make; each line citing the line its node's statement starts on.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

_GRAPH = re.compile(r"^\s*(?:strict\s+)?(?:di)?graph\b[^{]*\{", re.M)
_ID = r'(?:"(?:[^"\\]|\\.)*"|[\w\u4e00-\u9fff.]+)'
_ENDS = rf"(?:{_ID}|\{{[^}}]*\}})"  # a node, or a set of them: {b c d}
_EDGE = re.compile(rf"^\s*(?P<head>{_ENDS})\s*(?P<rest>(?:-[->]\s*{_ENDS}\s*)+)"
                   r"(?:\[(?P<attrs>.*)\])?\s*$", re.S)
_NODE = re.compile(rf"^\s*(?P<id>{_ID})\s*\[(?P<attrs>.*)\]\s*$", re.S)
_LABEL = re.compile(r'\blabel\s*=\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|<(?P<html>.*)>)', re.S)
_STYLE = re.compile(r"\bstyle\s*=\s*\"?(?P<style>\w+)")
_ROW = re.compile(r"<tr[^>]*>(?P<cells>.*?)</tr>", re.S | re.I)
_CELL = re.compile(r"<td[^>]*>(?P<text>.*?)</td>", re.S | re.I)
_KEYWORDS = {"graph", "node", "edge", "digraph", "subgraph"}
MIN_NODES = 5


@dataclass
class _Node:
    line: int
    label: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _statements(text: str, first: int = 1) -> list[tuple[str, int]]:
    """The statements, each with the 1-based line it starts on: split at ; and line ends (and
    at a block's braces) outside quotes, <…> labels and [ … ] lists; comments dropped; a
    backslash-newline inside a string joins its lines."""
    out: list[tuple[str, int]] = []
    buffer, start, line = "", first, first
    html = brackets = 0
    quoted = False
    index = 0

    def end_statement() -> None:
        nonlocal buffer
        if buffer.strip():
            out.append((buffer.strip(), start))
        buffer = ""

    while index < len(text):
        ch = text[index]
        if quoted:
            if ch == "\\" and text.startswith("\\\n", index):  # a continuation
                line += 1
                index += 2
                continue
            if ch == "\\":
                buffer += text[index:index + 2]
                index += 2
                continue
            quoted = ch != '"'
            line += ch == "\n"
            buffer += ch
            index += 1
            continue
        outside = not html and not brackets
        if outside and (text.startswith("//", index) or (ch == "#" and not buffer.strip())):
            index = text.find("\n", index) if "\n" in text[index:] else len(text)
            continue
        opens_set = ch == "{" and buffer.rstrip().endswith(("->", "--"))
        closes_set = ch == "}" and buffer.count("{") > buffer.count("}")
        if outside and (ch in ";\n" or (ch in "{}" and not opens_set and not closes_set)):
            end_statement()
            line += ch == "\n"
            start = line
            index += 1
            continue
        if not buffer.strip():
            start = line
        quoted = ch == '"' and not html
        opens = ch == "<" and (html > 0 or buffer.rstrip().endswith("="))
        html += opens - (ch == ">" and html > 0)
        brackets += (ch == "[" and not html) - (ch == "]" and not html)
        line += ch == "\n"
        buffer += ch
        index += 1
    end_statement()
    return out


def _ids(part: str) -> list[str]:
    return [_unquote(m) for m in re.findall(_ID, part.strip().strip("{}"))]


def _unquote(token: str) -> str:
    return token[1:-1] if token.startswith('"') and token.endswith('"') else token


def _label_lines(attrs: str) -> list[str]:
    label = _LABEL.search(attrs)
    if label is None:
        return []
    if label["html"] is not None:
        rows = ["\t".join(re.sub(r"<[^>]+>", "", cell["text"]).strip()
                          for cell in _CELL.finditer(row["cells"]))
                for row in _ROW.finditer(label["html"])]
        return [row for row in rows if row.strip()] or [re.sub(r"<[^>]+>", "", label["html"])]
    text = label["quoted"].replace('\\"', '"')
    return [part.strip() for part in re.split(r"\\[lnr]", text) if part.strip()]


def as_read(raw_lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The outline the graph's edges make and the line (1-based) each line comes from; None
    when the text is no DOT graph."""
    text = "\n".join(raw_lines)
    graph = _GRAPH.search(text)
    if graph is None:
        return None
    nodes: dict[str, _Node] = {}
    targets: set[str] = set()
    for statement, line in _statements(text[graph.end():], text[:graph.end()].count("\n") + 1):
        edge = _EDGE.match(statement)
        if edge is not None:
            style = _STYLE.search(edge["attrs"] or "")
            ends = [_ids(part) for part in re.split(r"-[->]", f"{edge['head']} {edge['rest']}")]
            for sources, sinks in itertools.pairwise(ends):
                for source in sources:
                    for sink in sinks:
                        holder = nodes.setdefault(source, _Node(line))
                        if style and style["style"] == "dashed":
                            holder.notes.append(sink)  # a note on the heading: its terms
                        elif not style or style["style"] not in ("dotted", "invis"):
                            holder.children.append(sink)
                            targets.add(sink)
            continue
        node = _NODE.match(statement)
        if node is None or _unquote(node["id"]) in _KEYWORDS:
            continue
        said = _label_lines(node["attrs"])
        name = _unquote(node["id"])
        if said and not nodes.get(name, _Node(line)).label:  # (not a restatement of its look)
            nodes[name] = _Node(line, said, nodes[name].children if name in nodes else [],
                                nodes[name].notes if name in nodes else [])
    roots = [name for name, node in nodes.items() if node.children and name not in targets]
    if len([n for n in nodes.values() if n.label]) < MIN_NODES or not roots:
        return None
    lines: list[str] = []
    numbers: list[int] = []
    seen: set[str] = set()

    def say(name: str) -> None:
        node = nodes.get(name)
        if node is None or name in seen:
            return
        seen.add(name)
        for part in node.label:
            lines.append(part)
            numbers.append(node.line)
        for note in node.notes:
            said = nodes.get(note)
            if said is not None and note not in seen:
                seen.add(note)
                lines.extend(said.label)
                numbers.extend([said.line] * len(said.label))
        for child in node.children:
            say(child)

    for root in roots:
        say(root)
    return (lines, numbers) if lines else None
