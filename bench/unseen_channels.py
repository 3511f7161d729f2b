"""How the parser reads guidelines that reach it through channels no reader was written for.

    .venv/bin/python bench/unseen_channels.py [FOLDER] [--sample N] [--without-last-readings]

Takes N documents of FOLDER (default: the held-out rounds, a fixed random sample) and wraps
each in channels the parser has no reader for — a script's string array, a Java .properties
file with \\u escapes, a logger's lines, an unknown XML's elements, a CSV of quoted cells, a
Python list of tuples — then reports, per channel, how many of the expected directions it finds
by title (recall) and how many of those it finds are expected (precision). With
--without-last-readings the parser's last readings (`bot.catalogue.fallbacks`) are off, to
see what they add.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` importable from a checkout
    sys.path.insert(0, str(ROOT))

from bot.catalogue import parser  # noqa: E402
from bot.catalogue.document import DocumentError  # noqa: E402
from bot.catalogue.ingest import parse_document  # noqa: E402


def _script(lines: list[str]) -> list[str]:
    return ["// exported by cms-sync 2.3", "const GUIDE_LINES = [",
            *(f"  {json.dumps(line, ensure_ascii=False)}," for line in lines), "];"]


def _properties(lines: list[str]) -> list[str]:
    def escaped(line: str) -> str:
        return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in line)
    return ["# guide.properties", *(f"guide.line.{i:03d}={escaped(line)}"
                                    for i, line in enumerate(lines) if line.strip())]


def _log(lines: list[str]) -> list[str]:
    return [f"2024-03-11 09:{i // 60 % 60:02d}:{i % 60:02d},{i * 7 % 1000:03d} "
            f"[pool-2-thread-1] INFO  c.k.sync.Exporter - {line}"
            for i, line in enumerate(lines) if line.strip()]


def _xml(lines: list[str]) -> list[str]:
    def escaped(line: str) -> str:
        return line.replace("&", "&amp;").replace("<", "&lt;")
    return ['<?xml version="1.0"?>', "<doc>",
            *(f'  <para id="p{i}"><run font="FangSong">{escaped(line)}</run></para>'
              for i, line in enumerate(lines) if line.strip()), "</doc>"]


def _csv(lines: list[str]) -> list[str]:
    return ["seq,text,style", *(f'{i},"{line.replace(chr(34), chr(34) * 2)}",Normal'
                                for i, line in enumerate(lines) if line.strip())]


def _python(lines: list[str]) -> list[str]:
    return ["PARAGRAPHS = [", *(f"    ({i}, {json.dumps(line, ensure_ascii=False)}),"
                                for i, line in enumerate(lines) if line.strip()), "]"]


def _tab_suffixed(lines: list[str]) -> list[str]:  # a TSV export, the text its first column
    return ["text\tstyle\tpage\tid", *(f"{line}\tNormal\t{i // 40 + 1}\tp{i:04d}"
                                        for i, line in enumerate(lines) if line.strip())]


def _quoted_pairs(lines: list[str]) -> list[str]:  # a string table: "key"="value"
    return ["[strings]", *(f'"P{i:04d}" = "{line.replace(chr(34), chr(92) + chr(34))}"'
                           for i, line in enumerate(lines) if line.strip())]


def _audit_trail(lines: list[str]) -> list[str]:  # who changed each line, in brackets
    return [f"r{1000 + i % 7} (li.ming 2024-03-11 {i % 24:02d}:{i % 60:02d}) {line}"
            for i, line in enumerate(lines) if line.strip()]


CHANNELS: dict[str, Callable[[list[str]], list[str]]] = {
    "script": _script, "properties": _properties, "log": _log, "xml": _xml, "csv": _csv,
    "python": _python, "tab-suffix": _tab_suffixed, "quoted-pairs": _quoted_pairs,
    "audit-trail": _audit_trail}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("folder", nargs="?", type=Path,
                      default=ROOT / "tests" / "data" / "guidelines-rounds")
    args.add_argument("--sample", type=int, default=40)
    args.add_argument("--without-last-readings", action="store_true")
    options = args.parse_args(argv)
    if options.without_last_readings:
        parser.FEW_LEAVES = 0
    keys = [key for key in sorted(options.folder.glob("*.expected.json"))  # (text sources)
            if key.with_name(key.name.replace(".expected.json", ".txt")).exists()]
    sample = random.Random(7).sample(keys, min(options.sample, len(keys)))
    totals = {name: [0, 0, 0] for name in CHANNELS}
    for key in sample:
        expected = json.loads(key.read_text(encoding="utf-8"))
        source = key.with_name(key.name.replace(".expected.json", ".txt"))
        text = source.read_bytes().decode(expected["encoding"]).lstrip("\ufeff")
        lines = text.replace("\r\n", "\n").split("\n")
        wanted = {leaf["title"] for leaf in expected["leaves"]}
        for name, channel in CHANNELS.items():
            try:
                found = {leaf.title for leaf in parse_document(
                    "\n".join(channel(lines)).encode("utf-8"), source.name).leaves}
            except DocumentError:
                found = set()
            totals[name][0] += len(wanted & found)
            totals[name][1] += len(wanted)
            totals[name][2] += len(found)
    print(f"{len(sample)} documents of {options.folder}")
    for name, (hit, wanted_count, found_count) in totals.items():
        print(f"{name:11s} recall {hit}/{wanted_count} = {hit / max(wanted_count, 1):.3f}   "
              f"precision {hit / max(found_count, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
