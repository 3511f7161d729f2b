"""How long the parser takes on hostile variants of real guidelines, and whether any breaks it.

    .venv/bin/python bench/hostile_text.py [FOLDER ...] [--sample N] [--limit SECONDS] [--json]

Takes N documents of each FOLDER (default: a fixed sample of the held-out rounds) and makes of
each the variants a careless converter or a hostile sender produces — long runs of spaces or
digits inside lines, stacked brackets and list numbers, a line of thousands of characters, the
whole text many times over, zero-width and full-width junk, label-like colons everywhere — then
parses every variant as `catalogue add` would. It reports, per variant, the slowest parse and
every variant that raised anything but a clear refusal or ran past the limit. A pattern that
backtracks on such text (a gap of 40 spaces once took a minute) shows here first. Exits 1 when
any variant broke or ran past the limit.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))

from bot.catalogue.document import DocumentError  # noqa: E402
from bot.catalogue.ingest import parse_document  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "guidelines-rounds"


def _every(lines: list[str], step: int, change: Callable[[str], str]) -> str:
    return "\n".join(change(line) if i % step == step // 2 else line
                     for i, line in enumerate(lines))


VARIANTS: dict[str, Callable[[list[str]], str]] = {
    "gaps of spaces": lambda ls: "\n".join(line.replace("，", "，" + " " * 400) for line in ls),
    "gaps of tabs and 　": lambda ls: "\n".join(line.replace("；", "；" + "\t\u3000" * 200)
                                               for line in ls),
    "runs of digits": lambda ls: _every(ls, 5, lambda line: line + "1" * 300),
    "stacked brackets": lambda ls: _every(ls, 7, lambda line: "（" * 120 + line + "）" * 80),
    "stacked numbers": lambda ls: _every(ls, 9, lambda line: "1." * 150 + line),
    "one long line": lambda ls: "".join(ls[: len(ls) // 2]) + "\n" + "\n".join(ls[len(ls) // 2:]),
    "the text eight times": lambda ls: "\n".join(ls * 8),
    "amount runs": lambda ls: _every(ls, 6, lambda line: line + "100-200-" * 120 + "万元"),
    "colons everywhere": lambda ls: "\n".join(line.replace("，", "：") for line in ls),
    "zero-width junk": lambda ls: "\n".join("\u200b".join(line) for line in ls),
    "bars for commas": lambda ls: "\n".join(line.replace("，", "｜") for line in ls),
}


class _Overrun(Exception):
    """The parse ran past the limit."""


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Overrun


def sample(folders: list[Path], count: int) -> list[Path]:
    """A fixed sample of the folders' UTF-8 .txt documents (the same on every run)."""
    documents = sorted(path for folder in folders for path in folder.glob("*.txt")
                       if path.with_suffix(".expected.json").exists())
    if count and count < len(documents):
        documents = sorted(random.Random(160).sample(documents, count))
    return documents


def trials(documents: list[Path]) -> Iterator[tuple[Path, str, str]]:
    for path in documents:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            continue  # (a GBK document: its variants would only test the decoder)
        lines = text.splitlines()
        for name, make in VARIANTS.items():
            yield path, name, make(lines)


@dataclass
class Variant:
    """How one variant fared over the documents tried."""

    tried: int = 0
    slowest_s: float = 0.0
    slowest: str | None = None
    broken: list[str] = field(default_factory=list)


def run(documents: list[Path], limit: float) -> dict[str, Variant]:
    """Per variant: documents tried, the slowest parse (seconds, document) and what broke."""
    report = {name: Variant() for name in VARIANTS}
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        for path, name, text in trials(documents):
            row = report[name]
            started = time.perf_counter()
            outcome = None
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                parse_document(text.encode("utf-8"), path.name)
            except DocumentError:
                pass  # a clear refusal with file:line is a right answer to junk
            except _Overrun:
                outcome = f"ran past {limit:g} s"
            except Exception as exc:  # (what broke is what this reports)
                outcome = f"{type(exc).__name__}: {exc}"[:160]
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - started
            row.tried += 1
            if took > row.slowest_s:
                row.slowest_s, row.slowest = round(took, 3), path.name
            if outcome:
                row.broken.append(f"{path.name}: {outcome}")
    finally:
        signal.signal(signal.SIGALRM, previous)
    return report


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("folders", nargs="*", type=Path)
    args.add_argument("--sample", type=int, default=60,
                      help="documents taken from the folders (0: all)")
    args.add_argument("--limit", type=float, default=10.0,
                      help="seconds a parse may take before it counts as broken")
    args.add_argument("--json", action="store_true")
    options = args.parse_args(argv)
    documents = sample(options.folders or [DEFAULT], options.sample)
    report = run(documents, options.limit)
    if options.json:
        print(json.dumps({"documents": len(documents),
                          "variants": {name: asdict(row) for name, row in report.items()}},
                         ensure_ascii=False, indent=2))
    else:
        print(f"{len(documents)} documents, {len(VARIANTS)} variants each, "
              f"limit {options.limit:g} s")
        for name, row in report.items():
            print(f"  {name:22} tried {row.tried:4}  slowest {row.slowest_s:6.2f} s"
                  f"  ({row.slowest})")
            for broken in row.broken:
                print(f"      BROKEN {broken}")
    return 1 if any(row.broken for row in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
