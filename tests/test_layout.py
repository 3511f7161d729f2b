"""The design's boundaries, enforced: layers point one way, and only the modules that must talk
to Telegram import it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

# Each layer and the layers it may import (its own included). Lower layers never import
# higher ones: the catalogue knows nothing of storage, storage nothing of the workflows, the
# workflows nothing of Telegram or handlers; only the wiring sees everything.
LAYERS: dict[str, set[str]] = {
    "model": {"model"},  # bot.catalogue, bot.config, bot.i18n, pure helpers
    "db": {"model", "db"},  # bot.db
    "domain": {"model", "db", "domain"},  # ranking, rendering, eligibility, keyboards …
    "core": {"model", "db", "domain", "core"},  # bot.core
    "flows": {"model", "db", "domain", "core", "flows"},  # bot.flows
    "delivery": {"model", "db", "domain", "core", "flows", "delivery"},  # sender, channels
    "handlers": {"model", "db", "domain", "core", "flows", "delivery", "handlers"},
    "wiring": {"model", "db", "domain", "core", "flows", "delivery", "handlers", "wiring",
               "sandbox"},
    "sandbox": {"model", "sandbox"},  # a stand-in for Telegram: it knows only the HTML rules
}
MODEL = {"bot.catalogue", "bot.config", "bot.i18n", "bot.telegram_html", "bot.sounds", "bot"}
DELIVERY = {"bot.notify", "bot.dispatcher", "bot.channels", "bot.lease"}
WIRING = {"bot.app", "bot.web", "bot.polling", "bot.__main__", "bot.bench", "bot.demo",
          "bot.workers",
          "bot.loadtest"}
TELEGRAM_ALLOWED = {"bot/app.py", "bot/web.py", "bot/channels/telegram.py", "bot/demo.py",
                    "bot/loadtest.py"}


def layer_of(module: str) -> str | None:
    """The layer a module of this project belongs to (None: not ours)."""
    if module.startswith("handlers"):
        return "handlers"
    if not module.startswith("bot"):
        return None
    if module.startswith("bot.sandbox"):
        return "sandbox"
    parts = module.split(".")
    top = ".".join(parts[:2]) if len(parts) > 1 else module
    if top in MODEL:
        return "model"
    if top == "bot.db":
        return "db"
    if top == "bot.core":
        return "core"
    if top == "bot.flows":
        return "flows"
    if top in DELIVERY:
        return "delivery"
    if top in WIRING:
        return "wiring"
    return "domain" if len(parts) > 1 else None


def _module(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    return ".".join(relative.parts[:-1] if relative.name == "__init__" else relative.parts)


def _imports(path: Path) -> set[str]:
    """Every module imported at run time (TYPE_CHECKING blocks are types, not dependencies)."""
    tree = ast.parse(path.read_text())
    skipped = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
               and "TYPE_CHECKING" in ast.unparse(block.test) for node in ast.walk(block)}
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # `from bot.db import schema` depends on bot.db.schema
                sub = f"{node.module}.{alias.name}"
                names.add(sub if _is_module(sub) else node.module)
    return names


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _ours() -> list[Path]:
    return sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("handlers/**/*.py")])


def test_every_module_has_a_layer() -> None:
    assert [str(p) for p in _ours() if layer_of(_module(p)) is None] == []


@pytest.mark.parametrize("path", _ours(), ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_point_down_the_layers(path: Path) -> None:
    own = layer_of(_module(path))
    assert own is not None
    wrong = sorted({name for name in _imports(path)
                    if (other := layer_of(name)) is not None and other not in LAYERS[own]})
    assert wrong == [], f"{own} layer imports {wrong}"


def test_only_the_telegram_channel_and_the_wiring_import_telegram() -> None:
    offenders = [
        str(path.relative_to(ROOT)) for path in ROOT.glob("bot/**/*.py")
        if any(name.split(".")[0] == "telegram" for name in _imports(path))
        and str(path.relative_to(ROOT)) not in TELEGRAM_ALLOWED
        and not str(path.relative_to(ROOT)).startswith("bot/sandbox/")
    ]
    assert offenders == []


def test_only_the_wiring_starts_the_sandbox() -> None:
    users = sorted(str(p.relative_to(ROOT)) for p in _ours()
                   if layer_of(_module(p)) not in ("sandbox", "wiring")
                   and any(name.startswith("bot.sandbox") for name in _imports(p)))
    assert users == []


def test_no_import_cycles_between_modules() -> None:
    graph = {_module(p): {name for name in _imports(p) if layer_of(name) is not None}
             for p in _ours()}
    modules = set(graph)

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    edges = {m: {r for n in deps if (r := resolve(n)) and r != m} for m, deps in graph.items()}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in visiting:
            return [*visiting[visiting.index(node):], node]
        if node in done:
            return None
        visiting.append(node)
        for nxt in sorted(edges[node]):
            cycle = visit(nxt)
            if cycle:
                return cycle
        visiting.pop()
        done.add(node)
        return None

    cycles = [cycle for m in sorted(modules) if (cycle := visit(m))]
    assert cycles == []


def test_handlers_write_no_sql() -> None:
    for path in ROOT.glob("handlers/**/*.py"):
        text = path.read_text()
        assert not any(name.split(".")[0] in ("sqlite3", "sqlalchemy") for name in
                       _imports(path)), path
        for keyword in ("SELECT ", "INSERT ", "UPDATE ", "DELETE FROM"):
            assert keyword not in text, (path, keyword)


def _top_level_names(path: Path) -> list[str]:
    """Every name a module binds at its top level: assignments, functions and classes."""
    names: list[str] = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [target.id for target in targets if isinstance(target, ast.Name)]
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "bot").rglob("*.py")), ids=lambda p: p.name)
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    """A second `_SPACED_OFFICE = …` further down a long module silently replaces the first for
    every function using it (the parser's modules hold hundreds of patterns): each name once."""
    names = _top_level_names(path)
    assert not [name for name in set(names) if names.count(name) > 1 and name != "__all__"]
