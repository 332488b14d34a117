"""What the window keeps between runs: its size and splitter (QSettings). The clinic
profile is kept by ui/window/clinic.py."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from handouts.profile import config_dir

logger = logging.getLogger(__name__)

DEFAULT_SIZE = (1320, 980)  # the whole form without scrolling, on a screen that has room


def window_settings() -> QSettings:
    """Window size, position and splitter state, in the app's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_state(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    fit_on_screen(window)
    state = settings.value("window/splitter")
    if state is not None:
        splitter.restoreState(state)


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
