"""The About box: what the app does and the policy it follows, in a few lines."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

logger = logging.getLogger(__name__)

ABOUT = (
    "<b>Heat or Ice</b><br>Tick what applies to the patient; the app recommends heat, "
    "ice, ice then heat, either or neither, shows why, and makes a plain-language "
    "handout to print, save or email.<br><br>The policy: most back pain is not an "
    "inflamed injury, so heat is usually the better choice; ice is for fresh traumatic "
    "injuries; the patient's preference wins when it is safe. Cautions such as numbness "
    "or poor circulation rule out both.<br><br>Patient data stays on this computer."
)


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box without blocking and return it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About Heat or Ice",
        ABOUT,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
