"""The core (handouts/) must never import Qt: the CLI and tests use it without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT


def test_no_module_in_handouts_imports_pyside6() -> None:
    offenders = []
    for path in sorted((ROOT / "handouts").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(p.stem for p in (ROOT / "handouts").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module('handouts.' + name)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
