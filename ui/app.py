"""Start the desktop app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Heat or Ice")
    window = QMainWindow()
    window.setWindowTitle("Heat or Ice")
    window.setCentralWidget(QLabel("Heat or Ice: the form arrives with the desktop app issue."))
    window.resize(900, 600)
    window.show()
    return app.exec()
