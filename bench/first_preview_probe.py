"""Launch probe: run the app as a user would, click the first preset as soon as the window is
idle, and print the wall-clock time when that preview is painted (then quit), so the caller
can subtract the moment it started the process."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def click_first_preset_then_quit_when_painted() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.window.main_window import MainWindow

    original_exec = QApplication.exec

    def painted(_pages: int) -> None:
        QApplication.processEvents()  # the paint of the new pages
        print(f"painted-at {time.time():.6f}", flush=True)
        QApplication.quit()

    def click() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.preview_updated.connect(painted)
        next(iter(window.preset_buttons.values())).click()

    def exec_then_click(*args: object) -> int:
        QTimer.singleShot(0, click)
        return original_exec()

    QApplication.exec = exec_then_click  # type: ignore[method-assign]


def main() -> int:
    # Qt and the window's modules are imported only once the app has started its render
    # child: importing them first would hold back the child by their import time, which the
    # app itself never does.
    import handouts.render_launch as launch
    import main as app_main

    start_early = launch.start_early

    def start_early_then_watch() -> None:
        start_early()
        click_first_preset_then_quit_when_painted()

    launch.start_early = start_early_then_watch  # type: ignore[assignment]
    return app_main.main([])


if __name__ == "__main__":
    sys.exit(main())
