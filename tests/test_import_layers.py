"""The layers and the feature folders, checked by walking every import statement.

- The core never imports Qt or the UI.
- No import cycle between the UI's feature folders (ui/home, ui/classes, … ui/shell, ui/common).
- No import cycle between the core's packages, nor between modules inside the core (a cycle
  between modules is how models.py and lesson_models.py once needed each other).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(top: str) -> dict[str, Path]:
    return {module_name(path): path for path in (ROOT / top).rglob("*.py")}


def imported(path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The modules of `known` this file imports, at any depth of its code (lazy imports too)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield from _known(alias.name, known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                yield from _known(submodule if submodule in known else node.module, known)


def _known(name: str, known: dict[str, Path]) -> Iterator[str]:
    while name and name not in known:
        name = name.rpartition(".")[0]
    if name:
        yield name


def graph(top: str, group: int | None) -> dict[str, set[str]]:
    """Edges between modules, or between packages `group` names deep (ui.home, …)."""
    known = {**modules("netwerk_desktop"), **modules("ui")}
    edges: dict[str, set[str]] = {}

    def node(name: str) -> str:
        return ".".join(name.split(".")[:group]) if group else name

    for name, path in modules(top).items():
        for target in imported(path, known):
            if target.split(".")[0] != top:
                continue
            a, b = node(name), node(target)
            if a != b and not (group is None and _is_package_export(a, b)):
                edges.setdefault(a, set()).add(b)
    return edges


def _is_package_export(a: str, b: str) -> bool:
    """A package's __init__ re-exporting its own modules is not a cycle a reader trips on."""
    return b.startswith(a + ".") or (a.startswith(b + ".") and b.count(".") < a.count("."))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_the_core_never_imports_qt_or_the_ui() -> None:
    for name, path in modules("netwerk_desktop").items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                roots = [node.module.split(".")[0]]
            else:
                continue
            assert not {"PySide6", "ui"} & set(roots), f"{name} imports {roots}"


def test_no_cycle_between_the_ui_feature_folders() -> None:
    assert cycles(graph("ui", group=2)) == []


def test_no_cycle_between_core_packages() -> None:
    assert cycles(graph("netwerk_desktop", group=2)) == []


def test_no_cycle_between_core_modules() -> None:
    assert cycles(graph("netwerk_desktop", group=None)) == []


def test_the_walk_finds_a_cycle_when_there_is_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
