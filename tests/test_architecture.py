"""The layers import downwards only (docs/architecture.md), and nothing imports in
a circle: core ← kb, ingest ← nlp ← process ← store, forecast ← runner ← http ←
api, web ← app ← cli. Function-level (lazy) imports count too."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import summitwatch

ROOT = Path(summitwatch.__file__).parent
CORE = ("errors", "config", "models", "output", "cache")  # one layer, plain modules
LAYER = {
    "core": 0,
    "kb": 1, "ingest": 1,
    "nlp": 2,
    "process": 3,
    "store": 4, "forecast": 4,
    "runner": 5,
    "watch": 6,  # composes the runner; web shows its alerts
    "http": 6,
    "api": 7, "web": 7,
    "app": 8,
    "cli": 9, "__main__": 10,
}  # fmt: skip


def _modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] not in CORE else "core"


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The summitwatch modules a file imports (`from x import y` counts x.y when
    that is a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            subs = [f"{node.module}.{a.name}" for a in node.names]
            names = [s if s in MODULES else node.module for s in subs]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        out |= {n for n in names if n in MODULES and n != "summitwatch"}
    return out


def test_every_package_has_a_layer():
    assert {_package(m) for m in MODULES} <= set(LAYER)


def test_layers_import_downwards_only():
    wrong = []
    for module, path in MODULES.items():
        mine = _package(module)
        for target in _imports(path):
            theirs = _package(target)
            if theirs != mine and LAYER[theirs] >= LAYER[mine]:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_no_module_outside_the_store_reads_its_tables():
    readers = [
        m
        for m, path in MODULES.items()
        if _package(m) != "store" and "summitwatch.store.schema" in _imports(path)
    ]
    assert readers == []


def test_no_import_cycles_at_load_time():
    graph = defaultdict(set)
    for module, path in MODULES.items():
        graph[module] = {t for t in _imports(path, top_level_only=True) if t != module}
    state: dict[str, int] = {}  # 1: on the stack, 2: done

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycle = trail[trail.index(target) :] + [target]
                raise AssertionError(" -> ".join(cycle))
            if target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
