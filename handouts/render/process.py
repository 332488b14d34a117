"""A Renderer in a child process, with the Renderer's own `pdf` and `save`.

The desktop app renders through this so that WeasyPrint's work, its memory and above all its
garbage collections (50 ms and more on a full collection) happen in another process: a thread
would hold the GUI thread's interpreter lock for as long as they last.
"""

from __future__ import annotations

import contextlib
import logging
import os
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handouts.identity import RENDER_CHILD_ARGUMENT
from handouts.logs import configure
from handouts.render.handout import RenderError
from handouts.render.pdf import Renderer

if TYPE_CHECKING:
    from handouts.glyphs import Unprintable
    from handouts.render.handout import Handout

logger = logging.getLogger(__name__)

STOPPED = (
    "The handout maker stopped unexpectedly. Try again; if it keeps happening, restart the app."
)


def _serve(requests: Connection, answers: Connection) -> None:
    """The child's loop: one request in, one answer out, until told to stop."""
    renderer = Renderer()
    answers.send(("ready", None))
    while True:
        try:
            request = requests.recv()
        except EOFError:
            return
        if request is None:
            return
        method, args, kwargs = request
        try:
            answer: tuple[str, Any] = ("ok", getattr(renderer, method)(*args, **kwargs))
        except RenderError as error:
            answer = ("error", error)
        except Exception as error:
            logger.error("render request failed: %s", type(error).__name__)
            message = f"The handout could not be made ({type(error).__name__})."
            answer = ("error", RenderError(message))
        answers.send(answer)


def child_command() -> list[str]:
    """How to start the child: the app's own executable with a hidden argument when frozen
    (a bundle has no Python to run `-m`), else this Python running this module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, RENDER_CHILD_ARGUMENT]
    return [sys.executable, "-m", "handouts.render.process"]


def main() -> None:
    """`python -m handouts.render.process` or `heat-or-ice --render-child`: requests on stdin,
    answers on stdout."""
    configure(rotate=False)
    requests = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # anything printed goes to stderr, never into the answers
    _serve(requests, answers)


class RenderProcess:
    """Renders in one child process, started on first use and again after a crash.

    Use it from one thread at a time, like a Renderer.
    """

    def __init__(self) -> None:
        self._process: subprocess.Popen[bytes] | None = None
        self._requests: Connection | None = None
        self._answers: Connection | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child and wait until its Renderer is ready (WeasyPrint loaded)."""
        if self._process is not None:
            code = self._process.poll()
            if code is None:
                return
            # It died between requests: say so once (the last preview may be stale), then the
            # next call starts a new one.
            logger.warning("the render process stopped by itself (exit code %s)", code)
            self.close()
            raise RenderError(STOPPED)
        # The child finds this package even when it is not installed.
        root = str(Path(__file__).resolve().parent.parent.parent)
        paths = [root, *filter(None, [os.environ.get("PYTHONPATH")])]
        process = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # the child logs to the log file; the terminal stays quiet
            env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
        )
        assert process.stdin is not None and process.stdout is not None
        self._requests = Connection(os.dup(process.stdin.fileno()), readable=False)
        self._answers = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        self._process = process
        self._receive()

    def _receive(self) -> Any:
        assert self._answers is not None
        try:
            status, value = self._answers.recv()
        except (EOFError, OSError):
            self.close()
            raise RenderError(STOPPED) from None
        if status == "error":
            raise value
        return value

    def _call(self, method: str, *args: object, **kwargs: object) -> Any:
        self.start()
        assert self._requests is not None
        try:
            self._requests.send((method, args, kwargs))
        except (BrokenPipeError, OSError):
            self.close()
            raise RenderError(STOPPED) from None
        return self._receive()

    def unprintable(self, handout: Handout) -> Unprintable:
        return self._call("unprintable", handout)

    def pdf(self, handout: Handout, *, preview: bool = False) -> bytes:
        return bytes(self._call("pdf", handout, preview=preview))

    def save(self, handout: Handout, path: Path) -> Path:
        """Like Renderer.save; a relative path is taken from this process's working folder,
        which the long-lived child may not share."""
        self._call("save", handout, Path(path).absolute())
        return Path(path)

    def close(self) -> None:
        """Stop the child (politely, then firmly)."""
        process, requests, answers = self._process, self._requests, self._answers
        self._process = self._requests = self._answers = None
        if requests is not None:
            with contextlib.suppress(OSError):
                requests.send(None)
            requests.close()
        if answers is not None:
            answers.close()
        if process is not None:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)


if __name__ == "__main__":
    main()
