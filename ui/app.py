"""Start the desktop app."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import APP_TITLE, MainWindow

logger = logging.getLogger(__name__)

ORGANISATION = "heat-or-ice"


def run_app(argv: list[str] | None = None) -> int:
    """Open the main window and run until it is closed; return the exit code."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_TITLE)
    app.setApplicationDisplayName(APP_TITLE)
    window = MainWindow()
    window.show()
    return app.exec()
