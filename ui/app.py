"""Start the desktop app: its name, icon and desktop entry, the problem dialog, the window."""

from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from handouts.identity import APP_ID, QUIT_AFTER_PREVIEW_VARIABLE, VERSION
from handouts.resources import shipped_folder
from ui.problems import install_problem_reporter
from ui.qt_names import make_ready_after_start_up
from ui.startup import platform_problem, route_qt_messages_to_log
from ui.window.main_window import APP_TITLE, MainWindow

logger = logging.getLogger(__name__)

ORGANISATION = APP_ID


def icon_path() -> str:
    """The app's SVG icon (packaging/heat-or-ice.svg; ui/desktop/ when installed)."""
    return str(shipped_folder("ui", "desktop", "packaging") / f"{APP_ID}.svg")


def qt_arguments(argv: list[str]) -> list[str]:
    """Qt's arguments with the program called heat-or-ice: X11 takes the window's class
    (what the task bar groups by) from it, not from `main.py` or `python3`."""
    return [APP_ID, *argv[1:]]


def collect_from_now_on() -> None:
    """Turn the garbage collector back on (main.py turns it off for the start-up), first
    setting aside every object made so far: they live as long as the app, so no later
    collection walks them again, and the first one is not a walk through all of them."""
    gc.freeze()
    gc.enable()


def set_identity(app: QApplication) -> None:
    """Names, version, icon and desktop entry (heat-or-ice.desktop: Wayland's app id)."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_TITLE)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(icon_path()))


def run_app(argv: list[str] | None = None) -> int:
    """Open the main window and run until it is closed; return the exit code."""
    problem = platform_problem()
    if problem is not None:
        sys.stderr.write(f"{APP_ID}: {problem}\n")
        return 1
    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(
        qt_arguments(argv if argv is not None else sys.argv)
    )
    assert isinstance(app, QApplication)
    set_identity(app)
    install_problem_reporter()
    window = MainWindow()
    window.show()
    collect_from_now_on()
    make_ready_after_start_up()
    if os.environ.get(QUIT_AFTER_PREVIEW_VARIABLE) == "1":
        # Lazy: only the bundle's check and cold-start measurements quit after the first preview.
        from ui.first_preview import quit_after_first_preview

        quit_after_first_preview(window)
    return app.exec()
