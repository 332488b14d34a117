"""Starting the render child, as early as possible: `python -m handouts.render.process`, or in
a bundle the app's own executable with a hidden argument.

Light on purpose, without the renderer or the `handouts.render` package: main.py starts the
child first thing, before Qt loads, so that WeasyPrint loads and warms up on the other core
while the window is built. The app's RenderProcess then adopts that child (`take_early`).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from handouts.identity import RENDER_CHILD_ARGUMENT

logger = logging.getLogger(__name__)

_early: subprocess.Popen[bytes] | None = None
# Why the early start failed; logged by `take_early`, once the log is set up.
_early_failure: str | None = None


def child_command() -> list[str]:
    """How to start the child: the app's own executable with a hidden argument when frozen
    (a bundle has no Python to run `-m`), else this Python running the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RENDER_CHILD_ARGUMENT]
    return [sys.executable, "-m", "handouts.render.process"]


def spawn() -> subprocess.Popen[bytes]:
    """Start a render child; it says ("ready", None) on stdout once it can render."""
    # The child finds this package even when it is not installed.
    root = str(Path(__file__).resolve().parent.parent)
    paths = [root, *filter(None, [os.environ.get("PYTHONPATH")])]
    return subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # the child logs to the log file; the terminal stays quiet
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
    )


def start_early() -> None:
    """Start the app's render child now; the first preview adopts it (see `take_early`).
    Called before the log is set up: a failure is logged later, by `take_early`."""
    global _early, _early_failure
    if _early is not None:
        return
    try:
        _early = spawn()
    except OSError as error:  # the first preview starts one again, and says so if it fails
        _early_failure = error.strerror or type(error).__name__


def take_early() -> subprocess.Popen[bytes] | None:
    """The child started by `start_early` (once), or None."""
    global _early, _early_failure
    process, _early = _early, None
    if _early_failure is not None:
        logger.warning("the render process could not be started early: %s", _early_failure)
        _early_failure = None
    return process
