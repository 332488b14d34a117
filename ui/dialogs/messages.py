"""Plain error messages: what went wrong and what to do, in a dialog that does not block."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger(__name__)


def show_error(parent: QWidget, title: str, text: str, what_to_do: str = "") -> QMessageBox:
    """Open a window-modal message box and return at once (tests read the box it returns)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ErrorMessage")
    box.setAccessibleName(title)
    if what_to_do:
        box.setInformativeText(what_to_do)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
