"""The core (handouts/) must never load Qt: the CLI and tests use it without a GUI.

That no module of handouts/ imports Qt is checked in tests/test_architecture.py; this checks
that importing every one of them leaves Qt unloaded."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "handouts").rglob("*.py")
    )
    assert "handouts.render.pdf" in modules and "handouts.cli.batch" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
