"""bench/parse_quality.py scores a held-out round; a document the reader refuses whole (a binary
file, say) counts as every leaf missed, and the round's other documents are still scored."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("parse_quality", ROOT / "bench/parse_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_a_refused_document_counts_as_every_leaf_missed(tmp_path: Path) -> None:
    bench = _bench()
    source = tmp_path / "broken_2025.txt"
    source.write_bytes(b"\x00\x01\x02\x03" * 40)
    expected = tmp_path / "broken_2025.expected.json"
    expected.write_text(json.dumps({"leaves": [{"line": 3, "title": "甲"},
                                               {"line": 5, "title": "乙"}]}), encoding="utf-8")
    score = bench.score_document(source, expected)
    assert (score.expected, score.matched, score.produced) == (2, 0, 0)
    assert score.recall == 0 and "refused" in score.missed[0]


def _hostile():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("hostile_text", ROOT / "bench/hostile_text.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_hostile_variants_of_a_guideline_parse_or_are_refused_cleanly(tmp_path: Path) -> None:
    """bench/hostile_text.py parses every variant of a document; a clear refusal is no breakage,
    an exception is (named with the document), and the exit status says which happened."""
    bench = _hostile()
    source = ROOT / "tests/data/guidelines-rounds/rongcheng_2023_luoma.txt"
    for name in ("shandong.txt", "shandong.expected.json"):
        (tmp_path / name).write_text("{}" if name.endswith(".json") else
                                     source.read_bytes().decode("gbk"), encoding="utf-8")
    report = bench.run(bench.sample([tmp_path], 0), limit=60)
    assert set(report) == set(bench.VARIANTS)
    assert all(row.tried == 1 and not row.broken for row in report.values())
    assert bench.main([str(tmp_path), "--limit", "60"]) == 0

    def breaks(lines: list[str]) -> str:
        return "\n".join(lines) + "\n" + "\ud800"  # (a lone surrogate: no UTF-8 encodes it)

    bench.VARIANTS["unencodable"] = breaks
    report = bench.run(bench.sample([tmp_path], 0), limit=60)
    [broken] = report["unencodable"].broken
    assert broken.startswith("shandong.txt: UnicodeEncodeError")
    assert bench.main([str(tmp_path), "--limit", "60"]) == 1


def test_restyled_outline_renumbers_the_directions_in_each_unused_style() -> None:
    """bench/restyled_outline.py: the directions' numbers (and every line numbered so) are
    rewritten in each list style the document does not use; nothing else moves."""
    spec = importlib.util.spec_from_file_location("restyled_outline",
                                                  ROOT / "bench/restyled_outline.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    lines = ["一、支持方向", "（1）说明：本专项设3个方向。", "1．智能装备", "研究内容：…",
             "2、储能材料", "12．生物医药", "研究内容：…"]
    assert bench.restyled(lines, [3, 5]) == {}  # (1． and 2、: no one style, nothing to do)
    lines[4] = "2．储能材料"
    variants = bench.restyled(lines, [3, 5, 6])
    assert set(variants) == {"1、", "①", "1)", "（一）"}  # (（1） is the document's own)
    assert variants["①"] == ["一、支持方向", "（1）说明：本专项设3个方向。", "①智能装备", "研究内容：…",
                             "②储能材料", "⑫生物医药", "研究内容：…"]
    assert variants["1)"][5] == "12)生物医药"
