"""Zooming the preview: Ctrl+wheel, Ctrl+plus, Ctrl+minus, and "fit width" (Ctrl+0)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtPdfWidgets import QPdfView

logger = logging.getLogger(__name__)

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 4.0


class PreviewZoom(QObject):
    """The zoom actions (for a menu and buttons) and the Ctrl+wheel on the pages."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._view: QPdfView | None = None
        self._factor = 1.0
        self._fit = True
        self.zoom_in = self._action("Zoom &in", "Zoom in on the preview", self.bigger)
        # Qt's standard ZoomIn and ZoomOut keys (Ctrl with plus or minus, and a keyboard's own
        # zoom keys), written out: QKeySequence.StandardKey, 71 names, costs the window's
        # start-up 0.6 ms.
        self.zoom_in.setShortcuts([QKeySequence(keys) for keys in ("Ctrl++", "Zoom In", "Ctrl+=")])
        self.zoom_out = self._action("Zoom &out", "Zoom out of the preview", self.smaller)
        self.zoom_out.setShortcuts([QKeySequence(keys) for keys in ("Ctrl+-", "Zoom Out")])
        self.fit = self._action("&Fit width", "Fit the page to the preview's width", self.fit_width)
        self.fit.setShortcuts([QKeySequence("Ctrl+0")])

    def _action(self, text: str, tip: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.fit]

    def attach(self, view: QPdfView) -> None:
        self._view = view
        view.viewport().installEventFilter(self)
        self._apply()

    def factor(self) -> float:
        """The zoom on show (1.0 is the page's real size); "fit width" computes its own."""
        if self._view is not None and self._fit:
            return float(self._view.zoomFactor())
        return self._factor

    def fits_width(self) -> bool:
        return self._fit

    def bigger(self) -> None:
        self._set(self.factor() * ZOOM_STEP)

    def smaller(self) -> None:
        self._set(self.factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        self._apply()

    def _set(self, factor: float) -> None:
        self._fit = False
        self._factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self._apply()

    def _apply(self) -> None:
        if self._view is None:
            return
        # Lazy: QtPdfWidgets loads with the first PDF, not at start-up.
        from PySide6.QtPdfWidgets import QPdfView

        if self._fit:
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self._view.setZoomMode(QPdfView.ZoomMode.Custom)
            self._view.setZoomFactor(self._factor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the pages comes here (each paint, each move): most are let through on
        # their type alone, without an import statement.
        if event.type() != event.Type.Wheel:
            return False
        # Lazy: Qt's namespace is made ready for Python after start-up (see ui.qt_names).
        from PySide6.QtCore import Qt

        # Lazy: Qt's event classes are made ready with the pages' first events.
        from PySide6.QtGui import QWheelEvent

        ctrl_wheel = isinstance(event, QWheelEvent) and bool(
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if not ctrl_wheel:
            return False
        assert isinstance(event, QWheelEvent)
        delta = event.angleDelta().y()
        if delta > 0:
            self.bigger()
        elif delta < 0:
            self.smaller()
        return True
