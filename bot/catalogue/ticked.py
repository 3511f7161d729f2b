"""A table whose header cells span the options named in the row under them (支持方式 over
前资助 | 后补助, 牵头单位 over 企业 | 不限), each row ticking the options that apply with √ — as
Word saves such a table, two header rows and a column per option. Read back as a reader takes
it: one column per header cell, each row's value the options it ticks (前资助、后补助).
"""

from __future__ import annotations

import re

TICK = re.compile(r"^\s*[√✓✔☑■●]\s*$")


def _column_key(name: str) -> str:
    """A header cell's name without its unit or spaces (支持额度 （万元） → 支持额度)."""
    return re.sub(r"\s|[(（][^()（）]*[)）]", "", name)


def as_one_column_each(raw_lines: list[str]) -> list[str]:
    """支持方式 | 牵头单位 over 前资助 | 后补助 | 企业 | 不限 (a header cell spanning the options
    named in the row under it) and rows ticking them with √: one column each, its value the
    options ticked (前资助、后补助), as a reader takes the row."""
    out = list(raw_lines)
    cells = [raw.rstrip("\r").split("\t") if "\t" in raw else None for raw in raw_lines]
    for at, upper in enumerate(cells):
        if upper is None:
            continue
        below = next((k for k in range(at + 1, min(at + 4, len(cells))) if raw_lines[k].strip()),
                     None)  # (a merged cell's paragraphs leave empty lines between the rows)
        if below is None:
            continue
        lower = cells[below]
        if lower is None or len(lower) <= len(upper):
            continue
        spans: list[list[int]] = []  # each upper cell's columns of the lower row
        j = i = 0
        while i < len(upper):
            if j < len(lower) and _column_key(lower[j]) == _column_key(upper[i]):
                spans.append([j])  # (支持额度 under 支持额度（万元）: the same column)
                i, j = i + 1, j + 1
                continue
            # spanning cells side by side (支持方式 | 牵头单位 over four options): up to the next
            # column both rows name, shared out evenly
            named = next((n for n in range(i + 1, len(upper)) if any(
                _column_key(lower[k]) == _column_key(upper[n]) for k in range(j + 1, len(lower)))),
                len(upper))
            end = next((k for k in range(j + 1, len(lower)) if named < len(upper)
                        and _column_key(lower[k]) == _column_key(upper[named])), len(lower))
            width, left = divmod(end - j, named - i)
            if left or width < 2:
                break
            spans += [list(range(j + width * n, j + width * (n + 1))) for n in range(named - i)]
            i, j = named, end
        options = [span for span in spans if len(span) >= 2]
        if j != len(lower) or not options:
            continue
        rows: list[tuple[int, list[str]]] = []
        for k in range(below + 1, len(cells)):  # (the rows under it, blank lines between)
            row = cells[k]
            if row is None:
                if raw_lines[k].strip():
                    break
                continue
            if len(row) != len(lower):
                break
            rows.append((k, row))
        ticks = [row[c] for _, row in rows for span in options for c in span]
        if not rows or not any(TICK.match(t) for t in ticks) \
                or not all(TICK.match(t) or not t.strip() for t in ticks):
            continue
        for k, row in rows:
            out[k] = "\t".join(
                row[span[0]] if len(span) == 1 else "、".join(
                    lower[c].strip() for c in span if TICK.match(row[c])) for span in spans)
        out[below] = ""
    return out
