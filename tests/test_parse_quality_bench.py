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
