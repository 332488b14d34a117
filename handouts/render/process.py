"""A Renderer in a child process, with the Renderer's own `pdf` and `save`.

The desktop app renders through this so that WeasyPrint's work, its memory and above all its
garbage collections (50 ms and more on a full collection) happen in another process: a thread
would hold the GUI thread's interpreter lock for as long as they last.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import subprocess
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from handouts.decision import decide
from handouts.logs import configure
from handouts.model import Presentation, Region, Sign
from handouts.render.handout import Handout, RenderError
from handouts.render.pdf import Renderer
from handouts.render_launch import spawn

if TYPE_CHECKING:
    from handouts.glyphs import Unprintable
    from handouts.render_launch import SpawnedChild

    Child = SpawnedChild | subprocess.Popen[bytes]

logger = logging.getLogger(__name__)

STOPPED = (
    "The handout maker stopped unexpectedly. Try again; if it keeps happening, restart the app."
)


def warm_up(renderer: Renderer) -> None:
    """One throw-away preview, so the first real one finds fonts, styles and code warm."""
    presentation = Presentation(region=Region.LOW_BACK, signs=frozenset({Sign.SPASM}))
    handout = Handout(presentation, decide(presentation), date=datetime.date(2000, 1, 1))
    try:
        renderer.unprintable(handout)
        renderer.pdf(handout, preview=True)
    except Exception as error:  # the first real request reports any lasting problem
        logger.warning("render warm-up failed: %s", type(error).__name__)


def _serve(requests: Connection, answers: Connection) -> None:
    """The child's loop: warm up, say ready, then one request in, one answer out, until told
    to stop. A request already waiting once the renderer is loaded is its own warm-up: it is
    not kept waiting behind a throw-away render."""
    renderer = Renderer()
    if not requests.poll():
        warm_up(renderer)
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

    def __init__(self, started: Child | None = None) -> None:
        """`started`: a child already on its way (render_launch.start_early), adopted by the
        first call; otherwise one is started then."""
        self._process: Child | None = None
        self._requests: Connection | None = None
        self._answers: Connection | None = None
        self._started = started
        self._ready = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        """Start the child and wait until its Renderer is ready (WeasyPrint loaded)."""
        self.launch()
        self._wait_ready()

    def _wait_ready(self) -> None:
        if not self._ready:
            self._receive()
            self._ready = True

    def launch(self) -> None:
        """Start (or adopt) the child, without waiting for it to be ready: a request sent
        while it still loads is then served first, instead of its warm-up."""
        if self._process is not None:
            code = self._process.poll()
            if code is None:
                return
            # It died between requests: say so once (the last preview may be stale), then the
            # next call starts a new one.
            logger.warning("the render process stopped by itself (exit code %s)", code)
            self.close()
            raise RenderError(STOPPED)
        process, self._started = self._started or spawn(), None
        assert process.stdin is not None and process.stdout is not None
        self._requests = Connection(os.dup(process.stdin.fileno()), readable=False)
        self._answers = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        self._process = process
        self._ready = False

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
        # Sent before the child says ready: a child still loading then skips its warm-up.
        self.launch()
        assert self._requests is not None
        try:
            self._requests.send((method, args, kwargs))
        except (BrokenPipeError, OSError):
            self.close()
            raise RenderError(STOPPED) from None
        self._wait_ready()
        return self._receive()

    def unprintable(self, handout: Handout) -> Unprintable:
        return self._call("unprintable", handout)

    def pdf(self, handout: Handout, *, preview: bool = False, spacing: bool = True) -> bytes:
        return bytes(self._call("pdf", handout, preview=preview, spacing=spacing))

    def save(self, handout: Handout, path: Path) -> Path:
        """Like Renderer.save; a relative path is taken from this process's working folder,
        which the long-lived child may not share."""
        self._call("save", handout, Path(path).absolute())
        return Path(path)

    def kill(self) -> None:
        """Stop the child at once, whatever it is making (a preview nobody will see): a
        thread waiting for its answer gets RenderError(STOPPED)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()

    def close(self) -> None:
        """Stop the child (politely, then firmly)."""
        process, requests, answers = self._process, self._requests, self._answers
        self._process = self._requests = self._answers = None
        if self._started is not None:  # never adopted: closing its input stops it
            process, self._started = self._started, None
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()
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
