"""Where the app's log goes: a rotating file in the platform's log folder, never the terminal.

Our own modules log at INFO and above. What other libraries say (WeasyPrint, fontTools,
Python warnings; Qt's messages are routed here by the window) is kept at DEBUG level in the
same file, so a user's terminal stays quiet: a command prints its result or one error line.
No patient data is logged; as a second line of defence, file paths (which carry the
patient's name in a handout's file name) are scrubbed from every record.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from pathlib import Path

import platformdirs

from handouts.identity import APP_ID

APP_DIR_NAME = APP_ID
OUR_LOGGERS = ("handouts", "ui", "main", "__main__")
LOG_FILE_NAME = f"{APP_ID}.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_EXTENSIONS = r"(?:pdf|toml|eml|png|jpe?g|gif|svg|csv|json|db|sqlite|zip|ttf|otf)"


@functools.cache
def _path_patterns() -> tuple[re.Pattern[str], ...]:
    """Compiled for the first record logged, not as the app starts (about 1 ms)."""
    return (
        # Quoted: '...' or "..." holding a separator or a file name.
        re.compile(r"""(['"])[^'"\n]*(?:[/\\]|\.""" + _EXTENSIONS + r"""\b)[^'"\n]*\1""", re.I),
        # The handout's own file names: '2026-11-27 Jane Doe - heat.pdf'.
        re.compile(r"\d{4}-\d{2}-\d{2} [^'\"<>|/\\\n]*?\." + _EXTENSIONS + r"\b", re.I),
        # Unquoted, up to a known extension (a file name may hold spaces).
        re.compile(r"(?:[A-Za-z]:\\|file://|~?/)[^'\"<>|\n]*?\." + _EXTENSIONS + r"\b", re.I),
        # Unquoted, any other absolute path, up to white space.
        re.compile(r"(?:[A-Za-z]:\\|file://|~?/)\S+"),
        # A bare file name.
        re.compile(r"[^\s'\"<>|/\\]+\." + _EXTENSIONS + r"\b", re.I),
    )


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_FILE_NAME


def scrub(text: str) -> str:
    """The text with every file path and file name replaced by <path>."""
    for pattern in _path_patterns():
        text = pattern.sub("<path>", text)
    return text


def _scrub_arg(arg: object) -> object:
    if isinstance(arg, os.PathLike):
        return "<path>"
    if isinstance(arg, str):
        return scrub(arg)
    if isinstance(arg, BaseException):
        return scrub(str(arg))
    return arg


class _Tidy(logging.Filter):
    """Demotes other libraries' records to DEBUG and scrubs paths from every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(OUR_LOGGERS):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        if isinstance(record.args, tuple):
            record.args = tuple(_scrub_arg(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _scrub_arg(value) for key, value in record.args.items()}
        record.msg, record.args = scrub(record.getMessage()), ()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.exc_text = f"{type(error).__name__}: {scrub(str(error))}"
            record.exc_info = None
        return True


class _RotatingFile(logging.FileHandler):
    """Appends to the log file; once it holds LOG_BYTES, it becomes `.1` (`.1` becomes `.2`...,
    the oldest past LOG_BACKUPS is dropped) and a new file is begun. This is the rotation of
    logging.handlers.RotatingFileHandler, without that module: it loads sockets, pickle and
    queues with it, about 5 ms of the window's start-up."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full():
                self._rotate()
        except OSError:  # one of the old files cannot be moved: the log grows instead
            pass
        super().emit(record)

    def _full(self) -> bool:
        if self.stream is None:
            return False
        self.stream.seek(0, os.SEEK_END)  # child processes append to the same file
        return self.stream.tell() >= LOG_BYTES

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # should a rename fail, FileHandler.emit opens the file again
        base = self.baseFilename
        for number in range(LOG_BACKUPS - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure(*, rotate: bool = True) -> Path | None:
    """Send all logging to the log file (rotated by the process that owns it; child processes
    pass rotate=False and append). Returns the file, or None when it cannot be written, in
    which case nothing is logged anywhere rather than on the terminal."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    path = log_file()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        kind = _RotatingFile if rotate else logging.FileHandler
        handler = kind(path, encoding="utf-8")
    except OSError:
        root.addHandler(logging.NullHandler())
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(_Tidy())
    root.addHandler(handler)
    return path
