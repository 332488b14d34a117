"""Start-up probe: run a window as a user would and print when it is shown and idle.

`python bench/startup_probe.py app` runs main.py's own start-up path; `... qt` a bare
QMainWindow. Both quit at the first idle moment of the event loop (a zero-delay timer fires
only after the show, layout and paint events are handled) and print the wall-clock time then,
so the caller can subtract the moment it started the process.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

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


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "app"
    quit_when_idle()
    if which == "qt":
        return bare_qt_window()
    import main as app_main

    return app_main.main([])


if __name__ == "__main__":
    sys.exit(main())
