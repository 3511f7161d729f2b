"""Publishing one guideline at a time, and damaged sources that must not load silently (#16).

Each damage below loaded with exit 0 and no warning before: a truncated document, one cut after
a direction heading, a direction code printed twice, a 50 MB document, a broken synonyms.toml,
and source paths that lead out of data/ or to something that is not a file.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.catalogue.loader import CatalogueError, read_catalogue
from bot.config import Settings

FCG = "guidelines/000_77d2a402b3e4d740.txt"
LZ = "guidelines/003_b77ff5cd7a582a9e.txt"
GL = "guidelines/004_d39697fbb62405e2.txt"


def load(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["catalogue", "load", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def counts(capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert main(["catalogue", "stats", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["by_city"]


@pytest.fixture
def loaded(settings: Settings, capsys: pytest.CaptureFixture[str]) -> Settings:
    code, out, _ = load(capsys)
    assert code == 0, out
    return settings


def refusals(settings: Settings, key: str) -> list[str]:
    read = read_catalogue(settings.data_dir, max_bytes=settings.max_document_bytes)
    return [str(issue) for result in read.results if result.meta.key == key
            for issue in result.refusals]


# --------------------------------------------------------------------------- one at a time


def test_each_guideline_is_reported_loaded_then_unchanged(
        settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = load(capsys)
    assert code == 0
    assert "南宁\t2022\t65 directions\tguidelines/002_3af291c3607153a6.txt\tloaded" in out
    code, out, _ = load(capsys)
    assert code == 0
    assert out.count("\tunchanged") == 5 and "\tloaded" not in out


def test_a_refused_document_keeps_its_published_version_and_the_others_load(
        loaded: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    (loaded.data_dir / LZ).write_text("这不是申报指南。\n", encoding="utf-8")
    fcg = loaded.data_dir / FCG
    fcg.write_text(fcg.read_text().replace("不超过150万元", "不超过160万元", 1))
    code, out, err = load(capsys)
    assert code == 1
    assert f"柳州\t2024\t-\t{LZ}\trefused" in out
    assert f"{LZ}:1: no recognisable structure" in err
    assert f"防城港\t2025\t37 directions\t{FCG}\tloaded" in out
    assert counts(capsys)["柳州"] == 67


def test_a_parser_fault_on_one_document_refuses_it_alone(
        loaded: Settings, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug the parser meets on one document (an IndexError deep in its tree builder, as a
    new table shape once raised) refuses that document with a plain reason; the others load
    and its published version stays."""
    from bot.catalogue import parser

    sound = parser._best_reading

    def faulty(meta, raw_lines, source_name):  # type: ignore[no-untyped-def]
        if source_name == LZ:
            raise IndexError("list index out of range")
        return sound(meta, raw_lines, source_name)

    monkeypatch.setattr(parser, "_best_reading", faulty)
    fcg = loaded.data_dir / FCG
    fcg.write_text(fcg.read_text().replace("不超过150万元", "不超过160万元", 1))
    code, out, err = load(capsys)
    assert code == 1
    assert f"柳州\t2024\t-\t{LZ}\trefused" in out
    assert f"{LZ}:0: the parser failed on this document (IndexError)" in err
    assert f"防城港\t2025\t37 directions\t{FCG}\tloaded" in out
    assert counts(capsys)["柳州"] == 67


def test_a_guideline_no_longer_listed_is_withdrawn(
        loaded: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    toml = loaded.data_dir / "catalogue.toml"
    text = toml.read_text()
    start = text.index('[[guideline]]\nkey = "gl22"')
    toml.write_text(text[:start])
    code, out, _ = load(capsys)
    assert code == 0 and "gl22\twithdrawn" in out
    assert "桂林" not in counts(capsys)


# --------------------------------------------------------------------------- damaged sources


def test_a_truncated_document_is_refused_unless_the_shrink_is_accepted(
        loaded: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    source = loaded.data_dir / LZ
    lines = source.read_text().splitlines()
    source.write_text("\n".join(lines[:600]) + "\n")  # 柳州 cut mid-way: 53 of 67 directions left
    code, out, err = load(capsys)
    assert code == 1
    assert f"柳州\t2024\t53 directions\t{LZ}\trefused" in out
    assert f"{LZ}:0: would drop 14 of 67 published directions (21%); lost: " in err
    assert "--accept-shrink" in err
    assert counts(capsys)["柳州"] == 67
    code, out, _ = load(capsys, "--accept-shrink")
    assert code == 0 and f"{LZ}\tloaded" in out
    assert counts(capsys)["柳州"] == 53


def test_a_document_cut_after_a_direction_heading_is_refused(settings: Settings) -> None:
    source = settings.data_dir / GL
    lines = source.read_text().splitlines()
    cut = next(i for i in range(len(lines) - 1, 0, -1) if lines[i].startswith("方向"))
    source.write_text("\n".join(lines[: cut + 1]) + "\n")
    assert refusals(settings, "gl22") == [
        f"{GL}:{cut + 1}: direction {lines[cut].split('：', 1)[1].split('（')[0]!r} has "
        "nothing under it (the document may be cut short)"]


def test_a_direction_code_printed_twice_is_refused(settings: Settings) -> None:
    source = settings.data_dir / FCG
    lines = source.read_text().splitlines()
    block = lines[4:16]  # 方向1（2025A01） and its fields
    source.write_text("\n".join([*lines, *block]) + "\n")
    assert refusals(settings, "fcg25") == [
        f"{FCG}:{len(lines) + 1}: direction code 2025A01 appears twice (first on line 5)"]


def test_a_50_mb_document_is_refused_at_once(
        settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    source = settings.data_dir / FCG
    text = source.read_text()
    with source.open("w", encoding="utf-8") as out:
        while out.tell() < 50 * 1024 * 1024:
            out.write(text)
    start = time.perf_counter()
    code, out, err = load(capsys)
    assert time.perf_counter() - start < 5
    assert code == 1
    assert f"{FCG}:0: document is 50.0 MB, over the 10.0 MB limit " \
           "(setting ZHINAN_MAX_DOCUMENT_BYTES)" in err
    assert f"{LZ}\tloaded" in out


def test_the_size_limit_is_a_setting(settings: Settings, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ZHINAN_MAX_DOCUMENT_BYTES", "60000")
    code, out, err = load(capsys)
    assert code == 1
    assert "over the 0.1 MB limit" in err
    assert "百色\t2025\t22 directions\tguidelines/001_28dcdb5b6979917d.txt\tloaded" in out


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("synonyms.toml", '[terms]\n"人工智能" = ["AI"\n', ":2: unreadable"),
        ("synonyms.toml", '[terms]\n"人工智能" = "AI"\n', ":2: terms.人工智能: Input should be a "
                                                            "valid list"),
        ("synonyms.toml", '[terms]\n"人工智能" = ["AI"]\n[weather]\nsunny = 1\n',
         ":0: weather: Extra inputs are not permitted"),
        ("sectors.toml", '[[sector]]\nkey = "AI"\n', ":2: sector.0.key: String should match"),
    ],
)
def test_a_broken_shared_data_file_stops_the_load_with_file_and_line(
        loaded: Settings, capsys: pytest.CaptureFixture[str], name: str, text: str,
        where: str) -> None:
    (loaded.data_dir / name).write_text(text, encoding="utf-8")
    code, _, err = load(capsys)
    assert code == 1
    assert f"{loaded.data_dir / name}{where}" in err
    assert "the previous catalogue is unchanged" in err
    assert sum(counts(capsys).values()) == 231


@pytest.mark.parametrize("command", [["search", "人工智能"], ["run"]])
def test_a_data_file_broken_after_the_load_stops_search_and_start_plainly(
        loaded: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: list[str]) -> None:
    """synonyms.toml edited after `catalogue load`: search and the bot read it at start and
    died with a TOMLDecodeError traceback; they now name the file and line and exit 1."""
    monkeypatch.setenv("ZHINAN_TELEGRAM_TOKEN", "123456:" + "x" * 35)
    (loaded.data_dir / "synonyms.toml").write_text('[terms]\n"人工智能" = ["AI"\n',
                                                   encoding="utf-8")
    assert main([*command, "--base-url", "http://127.0.0.1:9/bot"]
                if command == ["run"] else command) == 1
    out, err = capsys.readouterr()
    assert err == (f"{command[0]}: a data file is damaged:\n"
                   f"{loaded.data_dir / 'synonyms.toml'}:2: unreadable: Unclosed array (at end "
                   "of document)\nfix it: `python -m bot catalogue load` checks every data "
                   "file\n")
    assert "Traceback" not in out + err


# --------------------------------------------------------------------------- source paths


def _point_at(settings: Settings, source: str) -> int:
    """Make 桂林's entry name `source`; returns the line of its source_file key."""
    toml = settings.data_dir / "catalogue.toml"
    text = toml.read_text().replace(f'source_file = "{GL}"', f'source_file = "{source}"')
    toml.write_text(text)
    return text[: text.index(f'source_file = "{source}"')].count("\n") + 1


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("../../../x.txt", "must be a path inside"),
        ("/etc/passwd", "must be a path inside"),
        ("guidelines", "is not a regular file"),
        ("guidelines/zero.txt", "leads outside"),  # a symlink to /dev/zero
        ("guidelines/outside.txt", "leads outside"),  # a symlink to a file outside data/
    ],
)
def test_sources_are_regular_files_under_the_data_directory(
        settings: Settings, tmp_path: Path, source: str, reason: str) -> None:
    os.symlink("/dev/zero", settings.data_dir / "guidelines" / "zero.txt")
    (tmp_path / "secret.txt").write_text("方向1：外面的文件\n研究内容：不应被读到。\n")
    os.symlink(tmp_path / "secret.txt", settings.data_dir / "guidelines" / "outside.txt")
    line = _point_at(settings, source)
    found = refusals(settings, "gl22")
    assert len(found) == 1
    assert found[0].startswith(f"{settings.data_dir / 'catalogue.toml'}:{line}: source_file ")
    assert reason in found[0]
    assert not refusals(settings, "lz24")


def test_a_directory_or_device_never_reaches_the_parser(settings: Settings) -> None:
    os.mkfifo(settings.data_dir / "guidelines" / "pipe.txt")  # reading it would block forever
    _point_at(settings, "guidelines/pipe.txt")
    found = refusals(settings, "gl22")
    assert found and "is not a regular file" in found[0]


def test_duplicate_guideline_keys_are_refused_with_the_line(settings: Settings) -> None:
    toml = settings.data_dir / "catalogue.toml"
    text = toml.read_text().replace('key = "gl22"', 'key = "lz24"')
    toml.write_text(text)
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(settings.data_dir)
    line = text.index('key = "lz24"', text.index('key = "lz24"') + 1)
    assert str(caught.value).startswith(
        f"{toml}:{text[:line].count(chr(10)) + 1}: duplicate guideline key 'lz24'")


def test_many_documents_are_read_on_every_core_with_the_same_results(settings: Settings) -> None:
    """Several documents (forked workers) or a few MB of them (spawned ones), `catalogue load`
    parses in worker processes; what it reads (leaves, refusals with file:line, their order)
    must not depend on that."""
    from bot.catalogue.loader import check_data_files, read_guidelines

    source = settings.data_dir / FCG
    lines = source.read_text().splitlines()
    source.write_text("\n".join([*lines, *lines[4:16]]) + "\n")  # one refused, as above
    metas, taxonomy = check_data_files(settings.data_dir)
    serial = read_guidelines(settings.data_dir, metas, taxonomy, workers=1)
    parallel = read_guidelines(settings.data_dir, metas, taxonomy, workers=2)
    assert [r.meta.key for r in parallel] == [r.meta.key for r in serial]
    assert [r.refusals for r in parallel] == [r.refusals for r in serial]
    assert [r.refusals for r in serial if r.refusals] != []
    assert [r.guideline for r in parallel] == [r.guideline for r in serial]
