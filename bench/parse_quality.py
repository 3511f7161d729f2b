"""Parse quality on hand-checked guidelines: leaf recall/precision and field accuracy.

    .venv/bin/python bench/parse_quality.py [FOLDER ...] [--json] [--verbose]

Each FOLDER (default: tests/data/guidelines) holds NAME.txt (or .docx/.pdf) next to
NAME.expected.json in the format of bench/GUIDELINE_FORMAT.md: the leaves a careful reader finds,
with the line of each leaf's own heading and its fields. Every document is read exactly as
`catalogue add` reads a bureau's file (encoding detection, conversion junk and all) and parsed.

A produced leaf matches an expected one when it starts on the same line. Per document and
overall it prints
  recall     matched / expected leaves      precision  matched / produced leaves
  fields     share of the expected fields (title, code, office, funding max/min, mode,
             period, quota, lead rule, R&D floor, matching ratio, qualifications, inherited)
             that the matched leaves state exactly (numbers to 0.01, lists as sets).
--verbose lists every missed or extra leaf and every wrong field.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))

from bot.catalogue.document import DocumentError  # noqa: E402
from bot.catalogue.ingest import parse_document  # noqa: E402
from bot.catalogue.models import Leaf  # noqa: E402

FIELDS = ("title", "code", "office", "funding_max_wan", "funding_min_wan", "funding_mode",
          "period_years_max", "quota", "enterprise_lead_only", "min_rd_spend_wan",
          "matching_ratio", "qualifications", "inherited")
SET_FIELDS = ("qualifications", "inherited")
DEFAULT = ROOT / "tests" / "data" / "guidelines"


@dataclass
class Score:
    """One document's (or the total's) counts."""

    name: str
    expected: int = 0
    produced: int = 0
    matched: int = 0
    fields_total: int = 0
    fields_right: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    by_field: dict[str, list[int]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.produced if self.produced else 0.0

    @property
    def accuracy(self) -> float:
        return self.fields_right / self.fields_total if self.fields_total else 0.0

    def add(self, other: Score) -> None:
        for name in ("expected", "produced", "matched", "fields_total", "fields_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, (right, total) in other.by_field.items():
            counts = self.by_field.setdefault(key, [0, 0])
            counts[0] += right
            counts[1] += total

    def summary(self) -> dict[str, Any]:
        return {"document": self.name, "expected": self.expected, "produced": self.produced,
                "matched": self.matched, "recall": round(self.recall, 3),
                "precision": round(self.precision, 3), "field_accuracy": round(self.accuracy, 3)}


def same(field_name: str, want: Any, got: Any) -> bool:
    if field_name in SET_FIELDS:
        return set(want or []) == set(got or [])
    if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None \
            and not isinstance(got, bool):
        return abs(float(want) - float(got)) < 0.01
    if isinstance(want, str) and isinstance(got, str):
        return "".join(want.split()) == "".join(got.split())
    return bool(want == got)


def score_document(source: Path, expected_file: Path) -> Score:
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    score = Score(source.name)
    try:
        guideline = parse_document(source.read_bytes(), source.name)
    except DocumentError as exc:  # refused whole (a binary file?): every leaf missed
        score.expected = len(expected["leaves"])
        score.missed = [f"{source.name}: refused: {exc.issue.reason}"]
        return score
    # leaves on one line (子方向1：…；子方向2：… written inline) pair up in their order
    produced: dict[int, list[Leaf]] = {}
    for leaf in guideline.leaves:
        produced.setdefault(leaf.source_line, []).append(leaf)
    score.expected, score.produced = len(expected["leaves"]), len(guideline.leaves)
    wanted_lines = {leaf["line"] for leaf in expected["leaves"]}
    for want in expected["leaves"]:
        same_line = produced.get(want["line"])
        got = same_line.pop(0) if same_line else None
        if got is None:
            score.missed.append(f"{source.name}:{want['line']}: {want['title']}")
            continue
        score.matched += 1
        for name in FIELDS:
            if name not in want:
                continue
            right = same(name, want[name], getattr(got, name))
            counts = score.by_field.setdefault(name, [0, 0])
            counts[0] += right
            counts[1] += 1
            score.fields_total += 1
            score.fields_right += right
            if not right:
                score.wrong.append(f"{source.name}:{want['line']}: {name} expected "
                                   f"{want[name]!r}, got {getattr(got, name)!r}")
    score.extra = [f"{source.name}:{leaf.source_line}: {leaf.title}"
                   for line, left in produced.items() for leaf in left
                   if line not in wanted_lines or left]
    return score


def documents(folder: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for expected_file in sorted(folder.glob("*.expected.json")):
        stem = expected_file.name.removesuffix(".expected.json")
        source = next((p for p in (folder / f"{stem}{ext}" for ext in (".txt", ".docx", ".pdf"))
                       if p.exists()), None)
        if source is not None:
            pairs.append((source, expected_file))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT],
                        help="folders of NAME.txt + NAME.expected.json")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--verbose", action="store_true", help="list every miss and wrong field")
    args = parser.parse_args(argv)
    scores = [score_document(source, expected)
              for folder in args.folders for source, expected in documents(folder)]
    total = Score("overall")
    for score in scores:
        total.add(score)
    if args.json:
        print(json.dumps({"documents": [s.summary() for s in scores], "overall": total.summary(),
                          "by_field": {k: round(r / t, 3) for k, (r, t) in total.by_field.items()}},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"{'document':28} {'leaves':>7} {'recall':>7} {'precision':>9} {'fields':>7}")
    for score in [*scores, total]:
        print(f"{score.name:28} {score.matched:>3}/{score.expected:<3} {score.recall:7.3f} "
              f"{score.precision:9.3f} {score.accuracy:7.3f}")
    print("by field: " + ", ".join(f"{k} {r}/{t}" for k, (r, t) in total.by_field.items()))
    if args.verbose:
        for score in scores:
            for line in [*score.missed, *(f"extra {e}" for e in score.extra), *score.wrong]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
