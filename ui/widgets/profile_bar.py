"""The bar above the form that says the clinic settings could not be read, with a fix."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui import style

logger = logging.getLogger(__name__)


class ProfileBar(QFrame):
    """Hidden while the profile is fine; otherwise the problem and "Open settings…"."""

    def __init__(self, open_settings: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ProfileBar")
        self.setStyleSheet(style.PROFILE_BAR_STYLE)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Settings problem")
        self.notice.setStyleSheet(style.PROFILE_NOTICE_STYLE)
        self.fix_button = QPushButton("Open settings…")
        self.fix_button.setAccessibleName("Open settings to replace the broken file")
        self.fix_button.clicked.connect(open_settings)
        layout = QHBoxLayout(self)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.fix_button)

    def show_problem(self, problem: str) -> None:
        """Say why the profile could not be read; "" hides the bar."""
        if problem:
            self.notice.setText(
                "Some clinic settings could not be read; handouts use those that could, and "
                f"the usual defaults for the rest. {problem}"
            )
        self.setVisible(bool(problem))
