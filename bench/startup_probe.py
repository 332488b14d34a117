"""Start-up probe: run a window as a user would and print when it is shown and idle.

`python bench/startup_probe.py app` runs main.py's own start-up path, in its own order (the
probe hooks QApplication.exec only once the app has imported Qt); `... qt` a bare
QMainWindow. Both quit at the first idle moment of the event loop (a zero-delay timer fires
only after the show, layout and paint events are handled) and print the wall-clock time then,
so the caller can subtract the moment it started the process.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def quit_when_idle() -> None:
    """Make QApplication.exec report the first idle moment, then return."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original_exec = QApplication.exec

    def report_and_quit() -> None:
        print(f"idle-at {time.time():.6f}", flush=True)
        QApplication.quit()

    def exec_until_idle(*args: object) -> int:
        QTimer.singleShot(0, report_and_quit)
        return original_exec()

    QApplication.exec = exec_until_idle  # type: ignore[method-assign]


def bare_qt_window() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    return app.exec()


class _WhenQtWidgetsLoads(importlib.abc.MetaPathFinder):
    """Runs `then()` as soon as PySide6.QtWidgets is imported, by whoever imports it: the app
    is timed in its own order (render child, log, then Qt and the window), not with Qt loaded
    first by this probe."""

    def __init__(self, then: Callable[[], None]) -> None:
        self._then = then

    def find_spec(self, name: str, path: object = None, target: object = None) -> Any:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        load = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            load(module)
            self._then()

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "app"
    if which == "qt":
        quit_when_idle()
        return bare_qt_window()
    sys.meta_path.insert(0, _WhenQtWidgetsLoads(quit_when_idle))
    import main as app_main

    return app_main.main([])


if __name__ == "__main__":
    sys.exit(main())
