"""Start the desktop app."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from ui.startup import platform_problem, route_qt_messages_to_log
from ui.window.main_window import APP_TITLE, MainWindow

logger = logging.getLogger(__name__)

ORGANISATION = "heat-or-ice"


def run_app(argv: list[str] | None = None) -> int:
    """Open the main window and run until it is closed; return the exit code."""
    problem = platform_problem()
    if problem is not None:
        sys.stderr.write(f"heat-or-ice: {problem}\n")
        return 1
    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_TITLE)
    app.setApplicationDisplayName(APP_TITLE)
    window = MainWindow()
    window.show()
    return app.exec()
