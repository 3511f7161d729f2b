"""Mutation score per module from a `mutmut run` (`make mutants`): killed / survived / total.

mutmut keeps each module's results in mutants/<path>.py.meta; this reads them without
importing mutmut, so it also works on a copy of an older run. "total" counts the mutants that
were checked (killed, survived, timed out); mutants no selected test reaches ("no tests") and
those not yet checked are listed apart, never counted as killed.

    .venv/bin/python bench/mutation_score.py [MUTANTS_DIR] [--json]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 37}  # a failing test, pytest's internal error, the type check
TIMEOUT = {24, -24, 36, 152, 255}
NO_TESTS = {5, 33}


def classify(code: int | None) -> str:
    if code is None:
        return "unchecked"
    if code in KILLED:
        return "killed"
    if code == 0:
        return "survived"
    if code in TIMEOUT:
        return "timeout"
    if code in NO_TESTS:
        return "no_tests"
    return "other"


def scores(root: Path) -> dict[str, dict[str, int]]:
    """{module: {killed, survived, timeout, no_tests, unchecked, other, total}}."""
    out: dict[str, dict[str, int]] = {}
    for meta in sorted(root.rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8")).get("exit_code_by_key", {})
        counts = Counter(classify(code) for code in codes.values())
        module = meta.relative_to(root).as_posix().removesuffix(".py.meta").replace("/", ".")
        row = {key: counts.get(key, 0) for key in
               ("killed", "survived", "timeout", "no_tests", "unchecked", "other")}
        row["total"] = row["killed"] + row["survived"] + row["timeout"]
        out[module] = row
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0] if args else "mutants")
    table = scores(root)
    if "--json" in argv:
        print(json.dumps(table, indent=2))
        return 0
    print(f"{'module':32} {'killed':>7} {'survived':>8} {'timeout':>7} {'total':>6} {'score':>6}"
          f" {'no tests':>8} {'unchecked':>9}")
    for module, row in table.items():
        score = f"{row['killed'] / row['total']:.0%}" if row["total"] else "—"
        print(f"{module:32} {row['killed']:7} {row['survived']:8} {row['timeout']:7} "
              f"{row['total']:6} {score:>6} {row['no_tests']:8} {row['unchecked']:9}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
