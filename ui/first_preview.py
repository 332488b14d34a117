"""HEAT_OR_ICE_QUIT_AFTER_FIRST_PREVIEW=1: the window fills in the first common case, waits
until its handout preview is painted, prints one line and quits with status 0. It is how
`make bundle-check` proves the bundle's window works, and how its cold start is measured."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ui.presets import PRESETS
from ui.window.main_window import MainWindow

PAINTED = "first preview painted"
_SAMPLES = 60


def has_ink(image: QImage) -> bool:
    """Whether the picture holds something dark (the handout's text), not just blank pages."""
    width, height = image.width(), image.height()
    for row in range(1, _SAMPLES):
        for column in range(1, _SAMPLES):
            x, y = column * width // _SAMPLES, row * height // _SAMPLES
            if image.pixelColor(x, y).lightness() < 100:
                return True
    return False


class _WaitForPaint(QObject):
    """Watches the preview's pages for a paint that shows the handout, then quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.preview_updated.connect(self._watch)

    def _watch(self) -> None:
        view = self._window.preview.view
        if view is not None:
            view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._check)
        return False

    def _check(self) -> None:
        view = self._window.preview.view
        if view is not None and has_ink(view.viewport().grab().toImage()):
            view.viewport().removeEventFilter(self)
            sys.stdout.write(f"{PAINTED}\n")
            sys.stdout.flush()
            QApplication.exit(0)


def quit_after_first_preview(window: MainWindow) -> None:
    """Fill in the first common case and quit once its preview is painted."""
    _WaitForPaint(window)
    window.apply_preset(PRESETS[0])
