"""When something goes wrong in the window: an exception that escapes a Qt slot is logged and
shown in a plain dialog (not an abort, not silence); Help > Open log folder shows the log."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from handouts.logs import log_dir, log_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

logger = logging.getLogger(__name__)

PROBLEM_TITLE = "Heat or Ice hit a problem"
PROBLEM_TEXT = "Heat or Ice hit a problem and saved the details to {log}."
PROBLEM_ADVICE = (
    "What you typed is still in the window. If it keeps happening, restart the app and send "
    "that file to whoever looks after your computer (it holds no patient names or notes)."
)


def where(trace: TracebackType | None) -> str:
    """The call stack as 'file.py:line in function' (file names only: no folders)."""
    frames = traceback.extract_tb(trace)
    return " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames[::-1])


class ProblemReporter:
    """sys.excepthook for the window: log the exception, then say so in one dialog at a time."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        logger.error("unexpected %s: %s (at %s)", kind.__name__, error, where(trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if self.box is not None and self.box.isVisible():
            return  # one dialog is enough; the log has every occurrence
        # Lazy: QMessageBox is made ready for Python with the first problem, not at start-up.
        from PySide6.QtWidgets import QMessageBox

        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            PROBLEM_TITLE,
            PROBLEM_TEXT.format(log=log_file()),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        self.box.setObjectName("ProblemMessage")
        self.box.setInformativeText(PROBLEM_ADVICE)
        self.box.open()


def install_problem_reporter() -> ProblemReporter:
    """Make `sys.excepthook` log and show what escapes a slot (PySide passes it there)."""
    reporter = ProblemReporter()
    sys.excepthook = reporter
    return reporter


def open_log_folder() -> None:
    """Help > Open log folder: the platform's log folder in the file manager."""
    # Lazy: loaded when the folder is asked for, not at start-up.
    from PySide6.QtCore import QUrl

    # Lazy, as QUrl: the desktop's services are needed only here.
    from PySide6.QtGui import QDesktopServices

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        logger.warning("no file manager opened the log folder")
