"""What the window keeps between runs: its size and splitter (QSettings). The clinic
profile is kept by ui/window/clinic.py."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter

from handouts.profile import config_dir

logger = logging.getLogger(__name__)

# The whole form without scrolling with Qt's default fonts (DejaVu or Noto Sans at 9 pt);
# a first start grows taller when the desktop's font needs it and the screen has room.
DEFAULT_SIZE = (1320, 980)


def window_settings() -> QSettings:
    """Window size, position and splitter state, in the app's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_state(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> bool:
    """The size the clinician left the window at; on a first start, DEFAULT_SIZE. Returns
    whether this is a first start: the window then grows to fit its form as it is first shown
    (see `grow_to_fit`)."""
    geometry = settings.value("window/geometry")
    first_start = geometry is None or not window.restoreGeometry(geometry)
    if first_start:
        window.resize(*DEFAULT_SIZE)
    fit_on_screen(window)
    state = settings.value("window/splitter")
    if state is not None:
        splitter.restoreState(state)
    return first_start


def grow_to_fit(window: QMainWindow, form: QScrollArea) -> None:
    """Once, just before a first start's window is first shown: taller by what the form
    lacks, so that a larger desktop font (GNOME's 11 pt, say) still shows the whole form at
    once; then never larger than the screen. The window is laid out here first, as showing it
    would (polished, then its layout run), so the sizes are those it will be shown with."""
    content = form.widget()
    layout = window.layout()
    if content is None or layout is None:
        return
    window.ensurePolished()
    layout.activate()
    # The room the form's frame leaves (its viewport's height). Not `viewport()`: handing
    # Qt's own child widget to Python makes PySide6 ready every kind of widget, 10 ms.
    missing = content.sizeHint().height() - form.maximumViewportSize().height()
    if missing > 0:
        window.resize(window.width(), window.height() + missing)
        fit_on_screen(window)


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
