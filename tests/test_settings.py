"""Settings as an operator meets them: every one documented where they look (README,
deploy/.env.example), the example file loads as it is, lists of ids in either spelling."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT, Settings, settings_markdown, settings_reference

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = PROJECT_ROOT / "deploy" / ".env.example"


def test_the_readme_table_is_the_settings_command_output() -> None:
    block = re.search(r"<!-- settings:start -->\n(.*?)\n<!-- settings:end -->", README, re.S)
    assert block is not None, "README.md has lost its settings block"
    printed = subprocess.run([sys.executable, "-m", "bot", "settings"], capture_output=True,
                             text=True, check=True, cwd=PROJECT_ROOT).stdout.strip()
    assert block.group(1) == printed == settings_markdown()


def test_every_setting_is_in_the_env_example_and_has_a_description() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    for name, _, text in settings_reference():
        assert re.search(rf"^#? ?{name}=", example, re.M), f"{name} missing from .env.example"
        assert len(text) > 10, f"{name} has no description"


def test_the_env_example_loads_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blank values ("ZHINAN_SUPPORT_CHAT_ID=") mean unset, not a validation error."""
    for name, _, _ in settings_reference():
        monkeypatch.delenv(name, raising=False)
    loaded = Settings(_env_file=EXAMPLE)  # type: ignore[call-arg]
    assert loaded.support_chat_id is None and loaded.admin_ids == frozenset()
    assert loaded.max_open_tickets == 3 and loaded.tz == "Asia/Shanghai"


@pytest.mark.parametrize("typed", ["1003,1004", "1003, 1004", "[1003, 1004]", "1003;1004"])
def test_id_lists_read_as_people_write_them(typed: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZHINAN_SUPPORT_STAFF_IDS", typed)
    monkeypatch.setenv("ZHINAN_ADMIN_IDS", typed)
    loaded = Settings()
    assert loaded.support_staff_ids == loaded.admin_ids == frozenset({1003, 1004})
