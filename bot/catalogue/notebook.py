"""A guideline pasted into a Jupyter notebook's markdown cells (an analyst testing extraction
rules on it): nbformat JSON, each source line a JSON string on a line of its own, code cells and
their outputs between. Read back as the markdown the cells hold, each line where the file has
it; the code and its outputs (the analyst's, no guideline's words) left out.
"""

from __future__ import annotations

import json
import re

_SOURCE = re.compile(r'^\s*"source"\s*:\s*(?P<rest>.*)$')
_STRING = re.compile(r'^\s*(?P<literal>"(?:[^"\\]|\\.)*")\s*,?\s*$')


def _cells(raw_lines: list[str]) -> list[dict[str, object]] | None:
    text = "\n".join(raw_lines).strip()
    if not text.startswith("{") or '"nbformat"' not in text or '"cells"' not in text:
        return None
    try:
        notebook = json.loads(text)
    except ValueError:
        return None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    return cells if isinstance(cells, list) and all(isinstance(c, dict) for c in cells) else None


def as_markdown(raw_lines: list[str]) -> list[str]:
    """The markdown cells' lines where they stand (unchanged when it is no notebook)."""
    cells = _cells(raw_lines)
    if cells is None:
        return raw_lines
    out = [""] * len(raw_lines)
    kinds = iter(str(cell.get("cell_type", "")) for cell in cells)
    index = 0
    while index < len(raw_lines):
        source = _SOURCE.match(raw_lines[index])
        if source is None:
            index += 1
            continue
        markdown = next(kinds, "") == "markdown"
        rest = source["rest"].strip().rstrip(",")
        if rest.startswith('"'):  # "source": "one string\nfor the cell"
            if markdown:
                out[index] = json.loads(rest).split("\n")[0]
            index += 1
            continue
        if rest != "[":  # "source": [] or a one-line array
            index += 1
            continue
        index += 1
        while index < len(raw_lines) and not raw_lines[index].strip().startswith("]"):
            literal = _STRING.match(raw_lines[index])
            if markdown and literal is not None:
                out[index] = json.loads(literal["literal"]).rstrip("\n")
            index += 1
    return out
