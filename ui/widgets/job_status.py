"""A busy bar and a result line for a job that runs off the GUI thread (sending an email,
say): the bar shows while it runs, the line says what happened in plain words."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar

from ui.style import PROBLEM_STYLE, SENT_STYLE

logger = logging.getLogger(__name__)


class JobStatus:
    """The two widgets (`progress`, `label`) for the caller's layout, and how they change."""

    def __init__(self, result_name: str, *, selectable: bool = False) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName("Working")
        self.progress.setVisible(False)
        self.label = QLabel()
        self.label.setAccessibleName(result_name)
        self.label.setWordWrap(True)
        if selectable:
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def show(self, ok: bool | None, text: str) -> None:
        """Say `text`: green when it went well, red when not, plain when None."""
        self.label.setStyleSheet("" if ok is None else SENT_STYLE if ok else PROBLEM_STYLE)
        self.label.setText(text)
