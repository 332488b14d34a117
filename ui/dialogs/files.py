"""Thin wrappers round the system dialogs: each classmethod returns (value, accepted).

Tests monkeypatch these classmethods instead of clicking through a modal dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

logger = logging.getLogger(__name__)

IMAGE_FILTER = "Pictures (*.png *.jpg *.jpeg *.gif)"


class SaveDialog:
    """Where to save the handout PDF."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> tuple[Path | None, bool]:
        name, _filter = QFileDialog.getSaveFileName(
            parent, "Save the handout as PDF", str(suggested), "PDF files (*.pdf)"
        )
        if not name:
            return None, False
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path, True


class ImageDialog:
    """Pick a logo picture from disk."""

    @classmethod
    def ask(cls, parent: QWidget | None, start: Path) -> tuple[Path | None, bool]:
        name, _filter = QFileDialog.getOpenFileName(
            parent, "Choose the clinic's logo", str(start), IMAGE_FILTER
        )
        return (Path(name), True) if name else (None, False)


class FolderDialog:
    """Pick a folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, start: Path) -> tuple[Path | None, bool]:
        name = QFileDialog.getExistingDirectory(
            parent, "Choose the default save folder", str(start)
        )
        return (Path(name), True) if name else (None, False)


class PrintDialog:
    """The system print dialog for a printer set up by the caller."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> tuple[QPrinter, bool]:
        # Lazy: QtPrintSupport loads with the first print, not at start-up.
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print the handout")
        return printer, dialog.exec() == QPrintDialog.DialogCode.Accepted
