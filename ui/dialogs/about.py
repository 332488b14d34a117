"""The About box: what the app does and the policy it follows, in a few lines, and the versions
a support request needs (with a Copy button that puts them on the clipboard)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from handouts.identity import VERSION

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox

logger = logging.getLogger(__name__)

ABOUT = (
    "<b>Heat or Ice</b><br>Tick what applies to the patient; the app recommends heat, "
    "ice, ice then heat, either or neither, shows why, and makes a plain-language "
    "handout to print, save or email.<br><br>The policy: most back pain is not an "
    "inflamed injury, so heat is usually the better choice; ice is for fresh traumatic "
    "injuries; the patient's preference wins when it is safe. Cautions such as numbness "
    "or poor circulation rule out both.<br><br>Patient data stays on this computer."
)
COPY = "Copy"


def _package_version(name: str) -> str:
    # Lazy: importlib.metadata (and the json and email it loads) costs start-up time.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def version_report() -> str:
    """The versions of the app and what it runs on, one per line."""
    # Lazy: needed only when the About box opens, not at start-up.
    import platform

    return "\n".join(
        [
            f"Heat or Ice {VERSION}",
            f"Qt {qVersion()}",
            f"PySide6 {PySide6.__version__}",
            f"WeasyPrint {_package_version('weasyprint')}",
            f"Python {platform.python_version()}",
            f"{platform.system()} {platform.release()} ({platform.machine()})",
        ]
    )


def show_about(parent: QWidget) -> QMessageBox:
    """Open the About box without blocking and return it. Copy copies the versions (and
    closes the box, like OK)."""
    # Lazy: Qt's namespace is made ready for Python after start-up (see ui.qt_names).
    from PySide6.QtCore import Qt

    # Lazy: QMessageBox is made ready for Python when a box first opens, not at start-up.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        "About Heat or Ice",
        ABOUT,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    report = version_report()
    box.setInformativeText(report.replace("\n", "<br>"))
    copy = box.addButton(COPY, QMessageBox.ButtonRole.ActionRole)
    copy.setToolTip("Copy these versions, for a support request")

    def clicked(button: QAbstractButton) -> None:
        if button is copy:
            QGuiApplication.clipboard().setText(report)

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
