"""The shape of the house: no import circles, small modules, a Qt-free core, and every lazy
import (inside a function) explained by a comment on the line above it.

Checked per package (handouts/, ui/, main.py) so a failure names the package at fault.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("handouts", "ui", "main")
MAX_LINES = 300
QT_MODULES = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    module: str  # the imported module, absolute
    names: tuple[str, ...]  # for `from x import a, b`: a and b (they may be submodules)
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files(package: str) -> list[Path]:
    if package == "main":
        return [ROOT / "main.py"]
    return sorted(
        path for path in (ROOT / package).rglob("*.py") if "__pycache__" not in path.parts
    )


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for p in PACKAGES for path in source_files(p)}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def imports_of(path: Path) -> Iterator[Import]:
    return imports_in(path.read_text("utf-8"), module_name(path), path.name == "__init__.py")


def imports_in(source: str, module: str, is_package: bool) -> Iterator[Import]:
    """Every import in `source`, including those inside functions; not those under
    `if TYPE_CHECKING:` (they are for type hints and never run)."""
    tree = ast.parse(source)

    def visit(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    yield from visit(other, in_function)
                continue
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(alias.name, (), child.lineno, in_function)
            elif isinstance(child, ast.ImportFrom):
                names = tuple(alias.name for alias in child.names)
                target = _absolute(child, module, is_package)
                yield Import(target, names, child.lineno, in_function)
            inner = in_function or isinstance(
                child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
            )
            yield from visit(child, inner)

    yield from visit(tree, False)


def our_targets(item: Import, modules: dict[str, Path]) -> set[str]:
    """The modules of ours an import loads: the module itself (and, for `from package import
    name`, the submodule `name` when there is one)."""
    targets: set[str] = set()
    if item.module in modules:
        targets.add(item.module)
    for name in item.names:
        sub = f"{item.module}.{name}"
        if sub in modules:
            targets.add(sub)
    return targets


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for item in imports_of(path):
            graph[name] |= our_targets(item, modules) - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component of more than one module (Tarjan), each as a path
    that walks round the circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def connect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(circle_path(graph, set(component)))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def circle_path(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One circle through the component, from its first module back to it."""
    start = min(component)
    path = [start]
    seen = {start}
    node = start
    while True:
        following = sorted(graph[node] & component)
        if start in following and len(path) > 1:
            return [*path, start]
        unseen = [n for n in following if n not in seen]
        node = unseen[0] if unseen else following[0]
        if node in seen:
            return [*path[path.index(node) :], node]
        path.append(node)
        seen.add(node)


def _package_of(module: str) -> str:
    return module.split(".")[0]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_circles(package: str) -> None:
    found = [circle for circle in cycles(import_graph()) if _package_of(circle[0]) == package]
    assert not found, "import circles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_imports_are_read_inside_functions_but_not_for_type_checking() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "from . import sibling\n"
        "from ..other import thing\n"
        "if TYPE_CHECKING:\n"
        "    from handouts.hints import Hint\n"
        "def later():\n"
        "    import handouts.slow\n"
    )
    found = {(i.module, i.in_function) for i in imports_in(source, "handouts.a.b", False)}
    assert found == {
        ("typing", False),
        ("handouts.a", False),
        ("handouts.other", False),
        ("handouts.slow", True),
    }


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_300_lines(package: str) -> None:
    long = {
        str(path.relative_to(ROOT)): count
        for path in source_files(package)
        if (count := len(path.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"


def test_the_core_never_imports_qt() -> None:
    offending = [
        f"{path.relative_to(ROOT)}:{item.line} imports {item.module}"
        for path in source_files("handouts")
        for item in imports_of(path)
        if item.module.split(".")[0] in QT_MODULES
    ]
    assert not offending


@pytest.mark.parametrize("package", PACKAGES)
def test_every_import_inside_a_function_says_why(package: str) -> None:
    unexplained = []
    for path in source_files(package):
        lines = path.read_text("utf-8").splitlines()
        for item in imports_of(path):
            above = lines[item.line - 2].strip() if item.line >= 2 else ""
            if item.in_function and not above.startswith("#"):
                unexplained.append(f"{path.relative_to(ROOT)}:{item.line}")
    assert not unexplained, (
        "imports inside a function need a comment on the line above saying why: "
        + ", ".join(unexplained)
    )
