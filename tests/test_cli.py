"""The command line other tools rely on (DESIGN.md): shapes, exit codes, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import EXPORT_FIELDS, build_parser, main
from bot.config import Settings
from tests.conftest import load_into


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point in a subprocess, with the test's environment."""
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True,
                          timeout=120, check=False)


def test_every_command_has_help() -> None:
    parser = build_parser()
    pending = [parser]
    while pending:
        current = pending.pop()
        for action in current._actions:
            if action.help is None and action.dest != "help":
                raise AssertionError(f"{current.prog}: {action.dest} has no help")
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):
                pending.extend(choices.values())


@pytest.mark.both_backends
def test_load_prints_city_counts_and_export_has_the_stable_shape(settings: Settings) -> None:
    loaded = run("catalogue", "load")
    assert loaded.returncode == 0, loaded.stderr
    assert "南宁\t2022\t65 directions" in loaded.stdout
    exported = json.loads(run("catalogue", "export", "--json").stdout)
    assert len(exported) == 231
    assert list(exported[0])[: len(EXPORT_FIELDS)] == list(EXPORT_FIELDS)
    first = exported[0]
    assert first["id"] == "fcg25-001" and first["funding_max_wan"] == 150
    assert first["source_file"] == "guidelines/000_77d2a402b3e4d740.txt"


def test_stats_and_show(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalogue", "load"]) == 0
    capsys.readouterr()
    assert main(["catalogue", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["leaves"] == 231 and stats["by_city"]["柳州"] == 67
    assert main(["catalogue", "show", "gl22-006"]) == 0
    assert json.loads(capsys.readouterr().out)["office"] == "高新技术科"
    assert main(["catalogue", "show", "zz-999"]) == 1


def test_commands_before_any_load_say_what_to_do(settings: Settings,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalogue", "export", "--json"]) == 1
    assert "catalogue load" in capsys.readouterr().err



@pytest.fixture
async def loaded(settings: Settings) -> Settings:
    """The catalogue already published (as by an earlier `catalogue load`, which
    test_load_prints_city_counts_and_export_has_the_stable_shape runs for real)."""
    await load_into(settings)
    return settings


def test_a_gbk_export_is_read_with_a_warning_and_changes_nothing(loaded: Settings) -> None:
    source = loaded.data_dir / "guidelines" / "002_3af291c3607153a6.txt"
    text = source.read_text(encoding="utf-8")
    source.write_bytes(text.encode("gb18030"))
    result = run("catalogue", "load")
    assert result.returncode == 0, result.stderr
    assert "warning: guidelines/002_3af291c3607153a6.txt:1: not UTF-8: read as GB18030" in \
        result.stderr
    assert "南宁\t2022\t65 directions\tguidelines/002_3af291c3607153a6.txt\tunchanged" in \
        result.stdout


def test_text_without_structure_is_refused_and_the_others_load(loaded: Settings) -> None:
    source = loaded.data_dir / "guidelines" / "001_28dcdb5b6979917d.txt"
    source.write_text("这不是申报指南。\n只是一段文字。\n", encoding="utf-8")
    result = run("catalogue", "load")
    assert result.returncode == 1
    assert "guidelines/001_28dcdb5b6979917d.txt:1: no recognisable structure" in result.stderr
    assert "百色\t2025\t-\tguidelines/001_28dcdb5b6979917d.txt\trefused" in result.stdout
    assert "柳州\t2024\t67 directions\tguidelines/003_b77ff5cd7a582a9e.txt\tunchanged" \
        in result.stdout
    assert json.loads(run("catalogue", "stats", "--json").stdout)["by_city"]["百色"] == 22


def test_unreadable_metadata_is_refused(loaded: Settings) -> None:
    (loaded.data_dir / "catalogue.toml").write_text("[[guideline]\nkey = 1\n", encoding="utf-8")
    result = run("catalogue", "load")
    assert result.returncode == 1
    assert f"{loaded.data_dir / 'catalogue.toml'}:1: unreadable" in result.stderr
    assert json.loads(run("catalogue", "stats", "--json").stdout)["leaves"] == 231


def test_invalid_window_in_metadata_is_refused(loaded: Settings) -> None:
    path = loaded.data_dir / "catalogue.toml"
    path.write_text(path.read_text().replace('status = "dated"', 'status = "unknown"'))
    result = run("catalogue", "load")
    assert result.returncode == 1
    assert "an unknown window cannot have stages" in result.stderr


def test_missing_source_file_is_refused(loaded: Settings) -> None:
    (loaded.data_dir / "guidelines" / "004_d39697fbb62405e2.txt").unlink()
    result = run("catalogue", "load")
    assert result.returncode == 1
    assert "004_d39697fbb62405e2.txt:0: source file missing" in result.stderr
    assert json.loads(run("catalogue", "stats", "--json").stdout)["by_city"]["桂林"] == 40


@pytest.mark.both_backends
def test_search_json_ranks_and_scores(loaded: Settings) -> None:
    result = run("search", "人工只能", "--limit", "5", "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["query"]["topic"] == ["人工智能"]
    assert out["query"]["corrections"] == {"人工只能": "人工智能"}
    hits = out["results"]
    assert hits and all("人工智能" in hit["title"] for hit in hits)
    assert all("score" in hit for hit in hits)
    scoped = json.loads(run("search", "新材料", "--city", "柳州", "--json").stdout)
    assert scoped["results"] and {hit["city"] for hit in scoped["results"]} == {"柳州"}


def test_search_json_shows_the_conditions_it_understood(loaded: Settings) -> None:
    out = json.loads(run("search", "贵林有没有做完再补钱的项目，二十万以上", "--json").stdout)
    constraints = out["query"]["constraints"]
    assert (constraints["city"], constraints["modes"], constraints["amount"]) == (
        "桂林", ["后补助"], {"op": "gte", "wan": 20, "high_wan": None})
    assert out["query"]["corrections"] == {"贵林": "桂林"}
    assert out["results"] and all(hit["city"] == "桂林" and "后补助" in hit["funding_mode"]
                                  and hit["funding_max_wan"] >= 20 for hit in out["results"])
    asked = json.loads(run("search", "后补助是什么意思", "--json").stdout)
    assert asked["query"]["intent"] == "glossary" and asked["answer"]["term"] == "post_subsidy"


def test_search_prints_an_answer_as_text(loaded: Settings) -> None:
    result = run("search", "防城港单个项目最多能拿多少钱")
    assert result.returncode == 0, result.stderr
    assert "单个项目最高 150 万元" in result.stdout


def test_search_refuses_an_unreadable_budget(loaded: Settings) -> None:
    result = run("search", "电池", "--budget", "很多钱", "--json")
    assert result.returncode == 2
    assert "cannot read the amount" in result.stderr


def test_settings_come_from_the_environment(loaded: Settings, tmp_path: Path) -> None:
    assert Path(loaded.db).exists()
    assert not (Path(__file__).parent.parent / ".state" / "pytest-should-not-exist").exists()


def test_the_bot_starts_without_compiling_the_parser() -> None:
    """`python -m bot start` reads the catalogue from the database: the parser (thousands of
    patterns, a second and a half to compile) is imported only where a document is parsed."""
    probe = ("import sys, bot.__main__, bot.flows, bot.core; "
             "print(sorted(m for m in sys.modules if m in ('bot.catalogue.parser', "
             "'bot.catalogue.outline', 'bot.catalogue.extract')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.strip() == "[]"
