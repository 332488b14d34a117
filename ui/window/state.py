"""What the window keeps between runs: its size and splitter (QSettings). The clinic
profile is kept by ui/window/clinic.py."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter

from handouts.profile import config_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

logger = logging.getLogger(__name__)

# The whole form without scrolling with Qt's default fonts (DejaVu or Noto Sans at 9 pt);
# a first start grows taller when the desktop's font needs it and the screen has room.
DEFAULT_SIZE = (1320, 980)


def window_settings() -> QSettings:
    """Window size, position and splitter state, in the app's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_state(
    window: QMainWindow, splitter: QSplitter, settings: QSettings, form: QScrollArea
) -> None:
    """The size the clinician left the window at; on a first start, DEFAULT_SIZE, made
    taller as it is shown if the form needs it (see FirstShow)."""
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
        FirstShow(window, form)
    fit_on_screen(window)
    state = settings.value("window/splitter")
    if state is not None:
        splitter.restoreState(state)


class FirstShow(QObject):
    """Once, as the window is first shown (laid out, not yet on the screen): taller by what
    the form lacks, so that a larger desktop font (GNOME's 11 pt, say) still shows the whole
    form at once; then never larger than the screen."""

    def __init__(self, window: QMainWindow, form: QScrollArea) -> None:
        super().__init__(window)
        self._window = window
        self._form = form
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Lazy: QEvent is made ready for Python only by a first start, which watches the show.
        from PySide6.QtCore import QEvent

        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            self.deleteLater()
            self._grow_to_fit()
        return False

    def _grow_to_fit(self) -> None:
        content = self._form.widget()
        if content is None:
            return
        # The room the form's frame leaves (its viewport's height). Not `viewport()`: handing
        # Qt's own child widget to Python makes PySide6 ready every kind of widget, 10 ms.
        missing = content.sizeHint().height() - self._form.maximumViewportSize().height()
        if missing > 0:
            self._window.resize(self._window.width(), self._window.height() + missing)
            fit_on_screen(self._window)


def fit_on_screen(window: QMainWindow) -> None:
    """Never larger than the screen's free area (a 1280x720 laptop, say): the form then
    scrolls, and the toolbar and status bar stay in view."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    free = screen.availableGeometry()
    size = window.size().boundedTo(free.size())
    if size != window.size():
        window.resize(size)
        window.move(free.topLeft())


def save_state(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.sync()
