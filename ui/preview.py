"""The live preview: the real handout PDF in a QPdfView, with a line saying how fresh it is."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui.printing import load_pdf

logger = logging.getLogger(__name__)

STATUS_STYLES = {
    "ready": "color: #1b5e20",
    "stale": "color: #7a4f00",
    "rendering": "color: #7a4f00",
    "failed": "color: #8c1d18",
    "empty": "color: #4a4a4a",
}


class PreviewPane(QWidget):
    """Shows the latest PDF; the status line says up to date, out of date or rendering."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Handout preview")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Preview status")
        self.view = QPdfView()
        self.view.setAccessibleName("Handout preview pages")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet("background: #8a8a8a")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName("Preview message")
        self.message_label.setStyleSheet("color: #4a4a4a; padding: 24px")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stack, 1)
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._state = ""
        self.show_message("The handout appears here once you pick where it hurts.")

    def state(self) -> str:
        """One of: empty, stale, rendering, ready, failed."""
        return self._state

    def set_state(self, state: str, text: str) -> None:
        self._state = state
        self.status_label.setText(text)
        self.status_label.setStyleSheet(STATUS_STYLES[state])

    def document(self) -> QPdfDocument | None:
        return self._document if self.stack.currentWidget() is self.view else None

    def show_pdf(self, pdf: bytes) -> int:
        """Load `pdf` in place of the current one, keeping the scroll position; return pages."""
        scroll = self.view.verticalScrollBar().value()
        document, buffer = load_pdf(pdf, None)
        if document.status() is not QPdfDocument.Status.Ready:
            document.deleteLater()
            raise ValueError("the preview PDF could not be read")
        old = self._document
        self.view.setDocument(document)
        self._document, self._buffer = document, buffer
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.view)
        self.view.verticalScrollBar().setValue(scroll)
        self.set_state("ready", "Preview up to date")
        return document.pageCount()

    def show_message(self, text: str) -> None:
        """Replace the pages by a plain message (no handout to show)."""
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self.set_state("empty", "No preview")
