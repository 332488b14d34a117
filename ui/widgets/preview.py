"""The live preview: the real handout PDF in a QPdfView, with a line saying how fresh it is.

QtPdf is loaded with the first PDF, not at start-up: the window opens as fast as it can.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.qt_names import set_by_name
from ui.widgets.preview_zoom import PreviewZoom

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

logger = logging.getLogger(__name__)

UPDATING = "updating…"
DARK_LIGHTNESS = 128  # a theme whose window colour is darker than this is a dark theme


class PreviewPane(QWidget):
    """Shows the latest PDF; the status line says up to date, out of date or rendering."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Handout preview")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Preview status")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName("Preview message")
        self.message_label.setStyleSheet(style.PREVIEW_MESSAGE_STYLE)
        self.glyph_warning = QLabel()
        self.glyph_warning.setWordWrap(True)
        self.glyph_warning.setAccessibleName("Characters the handout cannot print")
        self.glyph_warning.setStyleSheet(style.GLYPH_WARNING_STYLE)
        self.glyph_warning.hide()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message_label)
        # Over the pages while they are out of date: the old handout greyed, "updating…".
        self.updating = QLabel(UPDATING)
        self.updating.setAccessibleName("Preview updating")
        set_by_name(self.updating, "alignment", "AlignCenter")
        self.updating.setStyleSheet(style.PREVIEW_UPDATING_STYLE)
        self.updating.hide()
        self.zoom = PreviewZoom(self)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        for action in self.zoom.actions():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.glyph_warning)
        # The pages and, over them in the same cell (so always their size), "updating…".
        pages = QGridLayout()
        pages.addWidget(self.stack, 0, 0)
        pages.addWidget(self.updating, 0, 0)
        layout.addLayout(pages, 1)
        self.view: QPdfView | None = None
        self._document: QPdfDocument | None = None
        self._retired: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._state = ""
        self.show_message("The handout appears here once you pick where it hurts.")

    def state(self) -> str:
        """One of: empty, stale, rendering, ready, failed."""
        return self._state

    def set_state(self, state: str, text: str) -> None:
        self._state = state
        self.status_label.setText(text)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS
        styles = style.PREVIEW_STATUS_STYLES_DARK if dark else style.PREVIEW_STATUS_STYLES
        self.status_label.setStyleSheet(styles[state])
        pages_shown = self.view is not None and self.stack.currentWidget() is self.view
        if state in ("stale", "rendering") and pages_shown:
            # At once: the layout would place it only when it next runs.
            self.updating.setGeometry(self.stack.geometry())
            self.updating.raise_()
            self.updating.show()
        else:
            self.updating.hide()

    def set_glyph_warning(self, message: str) -> None:
        """Say which typed characters no font can print ("" hides the warning)."""
        self.glyph_warning.setText(message)
        self.glyph_warning.setVisible(bool(message))

    def document(self) -> QPdfDocument | None:
        """The PDF on show, or None while a message is shown instead."""
        if self.view is None or self.stack.currentWidget() is not self.view:
            return None
        return self._document

    def _make_view(self) -> QPdfView:
        # Lazy: QtPdfWidgets loads with the first PDF, not at start-up.
        from PySide6.QtPdfWidgets import QPdfView

        view = QPdfView()
        view.setAccessibleName("Handout preview pages")
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setStyleSheet(style.PREVIEW_VIEW_STYLE)
        self.zoom.attach(view)
        self.stack.addWidget(view)
        return view

    def prepare(self) -> QPdfView:
        """Load QtPdf and make the pages' view now (hidden until a PDF comes): called while
        the first handout renders, so that its painting does not wait for them."""
        # Lazy: QtPdf loads with the first PDF, not at start-up.
        import ui.pdf  # noqa: F401

        if self.view is None:
            self.view = self._make_view()
        return self.view

    def show_pdf(self, pdf: bytes) -> int:
        """Load `pdf` in place of the current one, keeping the scroll position; return pages."""
        # Lazy: QtPdf loads with the first PDF, not at start-up.
        from ui.pdf import READY, load_pdf

        view = self.prepare()
        scroll = view.verticalScrollBar().value()
        document, buffer = load_pdf(pdf, self)
        if document.status() is not READY:
            document.deleteLater()
            raise ValueError("the preview PDF could not be read")
        view.setDocument(document)
        # The view draws pages in a thread of its own: the document it showed until now is
        # kept for one more round, and only the one before it is deleted.
        if self._retired is not None:
            self._retired.deleteLater()
        self._retired = self._document
        self._document, self._buffer = document, buffer
        self.stack.setCurrentWidget(view)
        view.verticalScrollBar().setValue(scroll)
        self.set_state("ready", "Preview up to date")
        return document.pageCount()

    def show_message(self, text: str) -> None:
        """Replace the pages by a plain message (no handout to show)."""
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self.set_state("empty", "No preview")
