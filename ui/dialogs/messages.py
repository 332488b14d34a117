"""Plain error messages: what went wrong and what to do, in a dialog that does not block."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger(__name__)


def show_error(parent: QWidget, title: str, text: str, what_to_do: str = "") -> QMessageBox:
    """Open a window-modal message box and return at once (tests read the box it returns)."""
    # Lazy: Qt's namespace is made ready for Python after start-up (see ui.qt_names).
    from PySide6.QtCore import Qt

    # Lazy: QMessageBox is made ready for Python with the first message, not at start-up.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("ErrorMessage")
    box.setAccessibleName(title)
    if what_to_do:
        box.setInformativeText(what_to_do)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Confirm:
    """A yes/no question; the classmethod returns (the answer, True) so tests can replace it."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str, yes: str) -> tuple[bool, bool]:
        # Lazy: QMessageBox is made ready for Python with the first question, not at start-up.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        box.setAccessibleName(title)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is go, True
