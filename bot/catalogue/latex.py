"""A guideline retyped in LaTeX (a university bulletin's ctex source): \\section*{…} headings,
\\textbf{…}, \\num{…}, math ($200\\sim400$, $2:1$), -- dashes, \\item lists, a tabular of
contacts, and the typist's % comments and \\footnote{…} notes (other years' figures: no
guideline's words). Read back line for line as the text the page prints; each line where it
was.
"""

from __future__ import annotations

import re

_COMMENT = re.compile(r"(?<!\\)%.*$")
_DROPPED = re.compile(r"\\footnote\{[^{}]*\}")
_KEPT = re.compile(r"\\(?:(?:sub)*section|paragraph|textbf|textit|emph|texttt|code|num|mbox|"
                   r"underline|text(?:rm|sf|kai|hei|fs)?)\*?\{(?P<text>[^{}]*)\}")
_ARGUMENTS = re.compile(r"\\(?:zihao|hspace|vspace|label|ref|cite|href|url)\*?\{[^{}]*\}")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?")
_PREAMBLE = re.compile(r"^\s*\\(?:documentclass|usepackage|geometry|ctexset|newcommand|"
                       r"renewcommand|sisetup|begin|end|toprule|midrule|bottomrule|hline|"
                       r"maketitle|title|author|date)\b")
_MATH = {r"\sim": "～", r"\times": "×", r"\leq": "≤", r"\geq": "≥", r"\le": "≤", r"\ge": "≥"}
MIN_COMMANDS = 5


def is_latex(raw_lines: list[str]) -> bool:
    """A LaTeX source: a \\documentclass, or five lines with \\section-like commands."""
    return any(raw.lstrip().startswith("\\documentclass") for raw in raw_lines[:40]) or sum(
        1 for raw in raw_lines if re.search(r"\\(?:sub)*section\*?\{", raw)) >= MIN_COMMANDS


def as_printed(raw_lines: list[str]) -> list[str]:
    """The text the page prints, line for line (unchanged when it is no LaTeX source)."""
    if not is_latex(raw_lines):
        return raw_lines
    return [_printed(raw) for raw in raw_lines]


def _printed(raw: str) -> str:
    line = _COMMENT.sub("", raw)
    if _PREAMBLE.match(line):
        return ""
    line = _DROPPED.sub("", line)
    for _ in range(3):  # (\textbf{\num{500}}: commands inside commands)
        line = _KEPT.sub(lambda m: m["text"], line)
    line = _ARGUMENTS.sub("", line)
    for command, sign in _MATH.items():
        line = line.replace(command, sign)
    if _ROW_END.search(line) and _CELL.search(line):  # a tabular's row: a & b & c \\
        line = "\t".join(cell.strip() for cell in _CELL.split(_ROW_END.sub("", line)))
    line = line.replace("$", "").replace("--", "—").replace("\\\\", "")
    line = re.sub(r"\\([%&$#_{}])", r"\1", line)  # 3\% → 3%, R\&D → R&D
    line = _COMMAND.sub("", line)
    return line.replace("{", "").replace("}", "").strip()


_ROW_END = re.compile(r"\\\\\s*$")
_CELL = re.compile(r"(?<!\\)&")


# $100 \sim 200$ 万元, 东科〔 $2025$ 〕, 拟支持 $2$ 项: a PDF-to-Markdown converter (MinerU,
# marker) setting every run of figures as inline math, a space either side
_INLINE_MATH = re.compile(r" ?\$(?P<math>[^$\n]{1,40}?)\$ ?")
MIN_INLINE = 3


def as_unmathed(raw_lines: list[str]) -> list[str]:
    """Inline math spans read as the figures they print (where three or more hold figures)."""
    spans = [m["math"] for raw in raw_lines for m in _INLINE_MATH.finditer(raw)]
    if sum(1 for span in spans if re.search(r"\d", span)) < MIN_INLINE:
        return raw_lines
    return [_INLINE_MATH.sub(lambda m: _figures(m["math"]), raw) if "$" in raw else raw
            for raw in raw_lines]


def _figures(math: str) -> str:
    # (研发费用 $\geq 800$ 万元: a floor, said as the guideline's words say one)
    math = re.sub(r"^\s*\\(?:geq|ge)\b", "不低于", re.sub(r"^\s*\\(?:leq|le)\b", "不超过", math))
    for command, sign in _MATH.items():
        math = math.replace(command, sign)
    math = re.sub(r"\\([%&$#_{}])", r"\1", math)
    math = re.sub(r"\\(?:text|mathrm)\{([^{}]*)\}", r"\1", math)
    return re.sub(r"\s+", "", _COMMAND.sub("", math)).replace("{", "").replace("}", "")
