"""How the parser reads held-out guidelines whose directions are numbered in another style.

    .venv/bin/python bench/restyled_outline.py [FOLDER] [--sample N] [--verbose]

The parser is meant to infer each document's hierarchy from how its numbering styles nest, not
from a list of layouts it has met. This bench takes the plain-text documents of FOLDER (default:
the held-out rounds; N of them, a fixed random sample, when --sample is given) whose directions
all carry one numbering style (1. / 1、 / （1） / ① …), renumbers every line numbered in that
style (directions, and whatever else the writer numbered so) in each style the document does not
use anywhere (the same numbers, the rest of every line untouched), and
scores the result with bench/parse_quality.py's matcher: leaves found, precision, fields. A style
that loses leaves names an outline the parser cannot yet infer.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from parse_quality import Score, score_document  # noqa: E402

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
HAN = "一二三四五六七八九十"


def _han(n: int) -> str:
    if n <= 10:
        return HAN[n - 1]
    return ("" if n < 20 else HAN[n // 10 - 1]) + "十" + (HAN[n % 10 - 1] if n % 10 else "")


# style name → (pattern of a line opening with it, the number's spelling in it)
STYLES: dict[str, tuple[re.Pattern[str], Callable[[int], str]]] = {
    "1.": (re.compile(r"^\s*(\d{1,2})[.．](?!\d)\s*"), lambda n: f"{n}."),
    "1、": (re.compile(r"^\s*(\d{1,2})、\s*"), lambda n: f"{n}、"),
    "（1）": (re.compile(r"^\s*[（(](\d{1,2})[）)]\s*"), lambda n: f"（{n}）"),
    "①": (re.compile(rf"^\s*([{CIRCLED}])\s*"), lambda n: CIRCLED[n - 1]),
    "（一）": (re.compile(rf"^\s*[（(]([{HAN}]{{1,3}})[）)]\s*"), lambda n: f"（{_han(n)}）"),
    "1)": (re.compile(r"^\s*(\d{1,2})[)）](?!\S*[（(])\s*"), lambda n: f"{n})"),
}


def _number(style: str, token: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token)
    if style == "①":
        return CIRCLED.index(token) + 1
    values = {_han(n): n for n in range(1, 40)}
    return values.get(token)


def restyled(lines: list[str], heading_lines: list[int]) -> dict[str, list[str]]:
    """Each style the document does not use, with the headings renumbered in it."""
    used = {name for name, (pattern, _) in STYLES.items()
            if any(pattern.match(line) for line in lines)}
    own = [name for name, (pattern, _) in STYLES.items()
           if all(pattern.match(lines[n - 1]) for n in heading_lines)]
    if not own:
        return {}
    pattern, _ = STYLES[own[0]]
    out: dict[str, list[str]] = {}
    for name, (_, spell) in STYLES.items():
        if name in used:
            continue
        new = list(lines)
        for index, line in enumerate(lines):
            match = pattern.match(line)
            if match is None:
                continue
            number = _number(own[0], match.group(1))
            if number is None or number > len(CIRCLED):
                break
            indent = match.group(0)[:len(match.group(0)) - len(match.group(0).lstrip())]
            new[index] = indent + spell(number) + line[match.end():]
        else:
            out[name] = new
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path,
                        default=ROOT / "tests" / "data" / "guidelines-rounds")
    parser.add_argument("--sample", type=int, default=0, help="documents to take (0: all)")
    parser.add_argument("--verbose", action="store_true",
                        help="list every missed or extra leaf and wrong field")
    args = parser.parse_args(argv)
    expected_files = sorted(args.folder.glob("*.expected.json"))
    if args.sample:
        expected_files = sorted(random.Random(13).sample(expected_files, args.sample))
    totals: dict[str, Score] = {}
    base_total = Score("as written")
    with tempfile.TemporaryDirectory() as scratch:
        for expected_file in expected_files:
            stem = expected_file.name.removesuffix(".expected.json")
            source = args.folder / f"{stem}.txt"
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            if not source.exists() or not expected.get("encoding", "").startswith("utf-8"):
                continue
            text = source.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
            lines = text.split("\n")
            heading_lines = sorted({leaf["line"] for leaf in expected["leaves"]})
            variants = restyled(lines, heading_lines)
            if not variants:
                continue
            base_total.add(score_document(source, expected_file))
            for name, new in variants.items():
                path = Path(scratch) / f"{stem}.txt"
                path.write_text("\n".join(new), encoding="utf-8")
                score = score_document(path, expected_file)
                totals.setdefault(name, Score(name)).add(score)
                if args.verbose:
                    for miss in [*score.missed, *(f"extra {e}" for e in score.extra),
                                 *score.wrong]:
                        print(f"  [{name}] {miss}")
    print(f"{'numbering':12} {'leaves':>11} {'recall':>7} {'precision':>9} {'fields':>7}")
    for score in [base_total, *totals.values()]:
        print(f"{score.name:12} {score.matched:>5}/{score.expected:<5} {score.recall:7.3f} "
              f"{score.precision:9.3f} {score.accuracy:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
