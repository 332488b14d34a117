"""What the window keeps between runs: its size and splitter (QSettings), and the clinic
profile (a broken profile file is reported, and the defaults used until settings are saved)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from handouts.profile import ClinicProfile, ProfileError, config_dir, load_profile

logger = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 860)


def window_settings() -> QSettings:
    """Window size, position and splitter state, in the app's config folder."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def restore_state(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    state = settings.value("window/splitter")
    if state is not None:
        splitter.restoreState(state)


def save_state(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.sync()


def load_profile_or_defaults(path: Path | None) -> tuple[ClinicProfile, str]:
    """(the clinic profile, "") or, when its file cannot be read, (the defaults, why)."""
    try:
        return load_profile(path), ""
    except ProfileError as error:
        logger.warning("clinic profile unreadable; using defaults until settings are saved")
        return ClinicProfile(), str(error)
