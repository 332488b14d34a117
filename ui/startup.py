"""Checks made before Qt starts, so that a bad start is one plain line, not Qt's abort."""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from handouts.system_libraries import missing_library_message

logger = logging.getLogger(__name__)

NO_DISPLAY = (
    "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), and the window needs "
    "a desktop session. Start it from the desktop, or make handouts without a window: "
    "heat-or-ice render --help"
)
_XCB_PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def platform_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why Qt's window system would fail to start here, in plain words; None when it can."""
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if platform and platform != "xcb":
        return None
    if not platform and environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    return _plugin_problem(_XCB_PLUGIN)


def _plugin_problem(plugin: Path) -> str | None:
    """A missing library of a Qt platform plugin, found by loading it as Qt would."""
    if not plugin.exists():
        return None
    # Lazy: only X11 needs the check, and ctypes costs start-up time on Wayland and offscreen.
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return missing_library_message(error) or f"Qt's window system cannot start ({error})"
    return None


def _to_log(kind: QtMsgType, context: object, message: str) -> None:
    logger.debug("Qt %s: %s", kind.name, message)


def route_qt_messages_to_log() -> None:
    """Qt's own warnings go to the log file (at debug level), not to the terminal."""
    qInstallMessageHandler(_to_log)


def _uses_pyside(module: object) -> bool:
    return True


def stop_feature_source_reads() -> None:
    """Spare every module imported from now on PySide6's read of its whole source.

    PySide6 reads the source of each module imported after it, to find out whether the module
    uses PySide and so may turn on one of its optional features (`from __feature__ import
    snake_case`). The app turns on none of them, so the answer changes nothing (a module that
    uses PySide without a feature gets the defaults, as one it ignores does); the reads cost
    the window's start-up about 10 ms. Every later module is taken as one that uses PySide,
    without reading it. A PySide6 that does not read sources this way is left as it is.
    """
    try:
        feature: Any = importlib.import_module("PySide6.support.feature")
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside
