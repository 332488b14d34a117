"""Checks made before Qt starts, so that a bad start is one plain line, not Qt's abort."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

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
