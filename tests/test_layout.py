"""The design's boundaries, enforced: bot/ stays free of Telegram, handlers/ free of SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent
TELEGRAM_ALLOWED = {"bot/app.py", "bot/notify.py", "bot/web.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_bot_core_does_not_import_telegram() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in ROOT.glob("bot/**/*.py")
        if "telegram" in _imports(path)
        and str(path.relative_to(ROOT)) not in TELEGRAM_ALLOWED
        and not str(path.relative_to(ROOT)).startswith("bot/sandbox/")
    ]
    assert offenders == []


def test_handlers_write_no_sql() -> None:
    for path in ROOT.glob("handlers/**/*.py"):
        text = path.read_text()
        assert "sqlite" not in _imports(path), path
        for keyword in ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"):
            assert keyword not in text, (path, keyword)
