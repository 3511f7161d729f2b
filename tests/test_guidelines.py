"""Guidelines in shapes the parser was not built on, against what a careful reader found.

tests/data/guidelines/ holds three dev documents (CRLF, BOM, GB18030) with hand-checked
NAME.expected.json; tests/data/guidelines-heldout/ holds one written before the parser was
designed (its first-contact numbers are in FIRST_CONTACT.md). Every expected leaf must be found
on its line with every field as expected, and nothing else may be taken for a leaf.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.catalogue.ingest import parse_document, propose_meta, read_source
from bot.catalogue.models import Guideline

DATA = Path(__file__).parent / "data"
FOLDERS = (DATA / "guidelines", DATA / "guidelines-heldout")
DOCUMENTS = sorted(p for folder in FOLDERS for p in folder.glob("*.expected.json"))
FIELDS = ("title", "code", "office", "funding_max_wan", "funding_min_wan", "funding_mode",
          "period_years_max", "quota", "enterprise_lead_only", "min_rd_spend_wan",
          "matching_ratio", "qualifications", "inherited")


def _source(expected: Path) -> Path:
    return expected.with_name(expected.name.removesuffix(".expected.json") + ".txt")


def _parsed(expected: Path) -> tuple[dict[str, Any], Guideline]:
    source = _source(expected)
    return (json.loads(expected.read_text(encoding="utf-8")),
            parse_document(source.read_bytes(), source.name))


CASES = [(expected, leaf["line"]) for expected in DOCUMENTS
         for leaf in json.loads(expected.read_text(encoding="utf-8"))["leaves"]]


def test_there_are_documents_to_check() -> None:
    assert len(DOCUMENTS) >= 4 and len(CASES) >= 50


@pytest.mark.parametrize("expected", DOCUMENTS, ids=lambda p: p.stem)
def test_exactly_the_expected_leaves_in_document_order(expected: Path) -> None:
    want, guideline = _parsed(expected)
    assert [leaf.source_line for leaf in guideline.leaves] == [
        leaf["line"] for leaf in want["leaves"]]


@pytest.mark.parametrize(("expected", "line"), CASES,
                         ids=[f"{e.stem.split('.')[0]}:{line}" for e, line in CASES])
def test_every_field_of_every_leaf(expected: Path, line: int) -> None:
    want_doc, guideline = _parsed(expected)
    want = next(leaf for leaf in want_doc["leaves"] if leaf["line"] == line)
    got = next(leaf for leaf in guideline.leaves if leaf.source_line == line)
    for name in FIELDS:
        value = getattr(got, name)
        if name in ("qualifications", "inherited"):
            assert set(value) == set(want[name]), name
        else:
            assert value == want[name], name


@pytest.mark.parametrize("expected", DOCUMENTS, ids=lambda p: p.stem)
def test_the_encoding_is_read_and_only_a_guess_is_warned(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    source = read_source(_source(expected).read_bytes(), _source(expected).name)
    assert source.encoding == want["encoding"]
    assert bool(source.warnings) == (want["encoding"] == "gb18030")


@pytest.mark.parametrize("expected", DOCUMENTS, ids=lambda p: p.stem)
def test_metadata_is_proposed_from_the_text(expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))["meta"]
    lines = read_source(_source(expected).read_bytes(), _source(expected).name).lines
    proposal = propose_meta(lines)
    assert (proposal.city, proposal.year, proposal.title, proposal.issuer, proposal.city_en) == (
        want["city"], want["year"], want["title"], want["issuer"], want["city_en"])


@pytest.mark.parametrize("expected", DOCUMENTS, ids=lambda p: p.stem)
def test_no_running_header_or_page_number_ends_up_in_a_field(expected: Path) -> None:
    _, guideline = _parsed(expected)
    junk = ("- 1 -", "第1页", "— 2 —", "－ 2 －", "项目申报指南\n")
    for leaf in guideline.leaves:
        for text in (leaf.content, leaf.indicators, leaf.funding_text, leaf.requirements):
            assert not any(mark in (text or "") + "\n" for mark in junk), (leaf.title, text)


def test_a_paragraph_split_by_a_page_break_is_joined_again() -> None:
    expected = DATA / "guidelines" / "qinzhou_2026.expected.json"
    _, guideline = _parsed(expected)
    oyster = next(leaf for leaf in guideline.leaves if leaf.code == "QZ26SF01")
    assert "推动海产品种养加全链条提质增效。" in (oyster.content or "")
