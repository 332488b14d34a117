"""The live preview: the real handout PDF's pages (ui/widgets/preview_pages.py), with a line
saying how fresh they are.

QtPdf is loaded with the first PDF, not at start-up: the window opens as fast as it can.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import style
from ui.widgets.preview_zoom import PreviewZoom

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument

    from ui.widgets.preview_pages import PageView

logger = logging.getLogger(__name__)

UPDATING = "updating…"
DARK_LIGHTNESS = 128  # a theme whose window colour is darker than this is a dark theme


class PreviewPane(QWidget):
    """Shows the latest PDF; the status line says up to date, out of date or rendering.

    `shown(pages)` once a PDF given to `show_pdf` has its first page painted (the rest
    follow); `unreadable()` if it could not be read.
    """

    shown = Signal(int)
    unreadable = Signal()

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
        self.updating = QLabel(UPDATING, self.stack)
        self.updating.setAccessibleName("Preview updating")
        self.updating.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        layout.addWidget(self.stack, 1)
        self.view: PageView | None = None
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
            self.updating.setGeometry(self.stack.rect())
            self.updating.raise_()
            self.updating.show()
        else:
            self.updating.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updating.setGeometry(self.stack.rect())

    def set_glyph_warning(self, message: str) -> None:
        """Say which typed characters no font can print ("" hides the warning)."""
        self.glyph_warning.setText(message)
        self.glyph_warning.setVisible(bool(message))

    def document(self) -> QPdfDocument | None:
        """The PDF on show, or None while a message is shown instead."""
        if self.view is None or self.stack.currentWidget() is not self.view:
            return None
        return self.view.document()

    def has_pages(self) -> bool:
        """Whether a handout's pages are on show (not a message)."""
        return self.view is not None and self.stack.currentWidget() is self.view

    def _make_view(self) -> PageView:
        # Lazy: QtPdf loads with the first PDF, not at start-up.
        from ui.widgets.preview_pages import PageView

        view = PageView()
        view.setAccessibleName("Handout preview pages")
        view.setStyleSheet(style.PREVIEW_VIEW_STYLE)
        view.shown.connect(self._on_shown)
        view.unreadable.connect(self.unreadable)
        self.zoom.attach(view)
        self.stack.addWidget(view)
        return view

    def prepare(self) -> PageView:
        """Load QtPdf and make the pages' view now (hidden until a PDF comes): called while
        the first handout renders, so that its painting does not wait for them."""
        if self.view is None:
            self.view = self._make_view()
        return self.view

    def show_pdf(self, pdf: bytes) -> None:
        """Show `pdf` in place of the current one, keeping the scroll position: `shown` once
        its first page is painted (the pages before it stay until then)."""
        self.prepare().set_pdf(pdf)

    def _on_shown(self, pages: int) -> None:
        if self.view is not None:
            self.stack.setCurrentWidget(self.view)
        self.set_state("ready", "Preview up to date")
        self.shown.emit(pages)

    def show_message(self, text: str) -> None:
        """Replace the pages by a plain message (no handout to show)."""
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self.set_state("empty", "No preview")
