"""What the window keeps between runs: its size and splitter (QSettings), and the clinic
profile (a damaged profile file is reported, and what could be read used until settings
are saved)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

from handouts.profile import ClinicProfile, config_dir, read_profile

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


def load_profile_or_defaults(path: Path | None) -> tuple[ClinicProfile, str]:
    """(the clinic profile, "") or, when its file is damaged, (every setting that could be
    read, with defaults for the rest; which file and which lines are at fault)."""
    reading = read_profile(path)
    if reading.problems:
        logger.warning("clinic profile damaged; using what could be read until settings are saved")
    return reading.profile, reading.message()
