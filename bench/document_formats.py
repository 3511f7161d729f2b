"""How fast, and how faithfully, guidelines are read as bureaus publish them: .txt, .docx, .pdf.

    .venv/bin/python bench/document_formats.py [FILE.txt ...]

Each document (default: the real five under data/guidelines) is laid out as a Word file
(python-docx: a paragraph a line, tab rows as a table) and as Word's 导出为PDF lays it out
(reportlab, tests/pdf_layout.py: justified lines, wrapped headings, running headers, ruled
tables). Each is read and parsed; the bench reports the time per format, pages per second for
the PDFs, and whether every format gives the leaves and fields the text gives. Needs the test
extra (reportlab).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot` and `tests` importable
    sys.path.insert(0, str(ROOT))

from bot.catalogue import parser as _parser  # noqa: E402,F401  (compiled before the clock starts)
from bot.catalogue import pdf_text  # noqa: E402
from bot.catalogue.ingest import parse_document, read_source  # noqa: E402
from bot.catalogue.models import Guideline  # noqa: E402
from tests.pdf_layout import exported  # noqa: E402

SEEN = ("plan", "group", "title", "code", "office", "funding_max_wan", "funding_min_wan",
        "funding_mode", "period_years_max", "quota", "enterprise_lead_only", "min_rd_spend_wan",
        "matching_ratio", "qualifications")


def as_docx(lines: list[str]) -> bytes:
    """A paragraph a line; a run of tab rows one table."""
    from docx import Document

    document = Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(row) for row in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for cells, row in zip(table.rows, rows, strict=True):
                for cell, text in zip(cells.cells, row, strict=False):
                    cell.text = text
            rows.clear()

    for line in lines:
        if "\t" in line:
            rows.append(line.strip().split("\t"))
            continue
        flush()
        document.add_paragraph(line.strip())
    flush()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def seen(guideline: Guideline) -> list[tuple[object, ...]]:
    return [tuple(getattr(leaf, name) for name in SEEN) for leaf in guideline.leaves]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "data" / "guidelines").glob("*.txt"))
    totals = {"txt": 0.0, "docx": 0.0, "pdf": 0.0}
    pages = 0
    print(f"{'document':28} {'leaves':>6} {'txt s':>6} {'docx s':>7} {'pdf s':>6} {'pages':>5}"
          "  same as text")
    for path in files:
        data = path.read_bytes()
        lines = read_source(data, path.name).lines
        made = {"txt": data, "docx": as_docx(lines), "pdf": exported(lines)[0]}
        count = pdf_text.printed_lines(made["pdf"])[1]
        pages += count
        parsed: dict[str, Guideline] = {}
        spent: dict[str, float] = {}
        for kind, document in made.items():
            start = time.perf_counter()
            parsed[kind] = parse_document(document, f"{path.stem}.{kind}")
            spent[kind] = time.perf_counter() - start
            totals[kind] += spent[kind]
        same = [kind for kind in ("docx", "pdf") if seen(parsed[kind]) == seen(parsed["txt"])]
        print(f"{path.name[:28]:28} {len(parsed['txt'].leaves):>6} {spent['txt']:6.2f} "
              f"{spent['docx']:7.2f} {spent['pdf']:6.2f} "
              f"{count:>5}  {', '.join(same) or 'neither'}")
    print(f"{'total':28} {'':>6} {totals['txt']:6.2f} {totals['docx']:7.2f} {totals['pdf']:6.2f} "
          f"{pages:>5}  ({pages / totals['pdf']:.0f} PDF pages/s read and parsed)")


if __name__ == "__main__":
    main()
