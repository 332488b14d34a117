"""Rendering off the GUI thread: one worker thread owns the Renderer and does every PDF job.

`RenderService` lives in the GUI thread. Every job gets a request id and its answer comes
back by signal, in the GUI thread:

- `request_preview(handout)`: a preview PDF -> `preview_ready(id, bytes)` or
  `preview_failed(id, message)`. Previews are coalesced: while one renders, only the latest
  new request is kept, and answers to older requests are dropped.
- `request_pdf(handout)`: the final PDF -> `pdf_ready(id, bytes)` or `pdf_failed(id, message)`
  (for attaching to an email, say).
- `request_save(handout, path)`: the final PDF written atomically -> `saved(id, path)` or
  `save_failed(id, message)`.
- `request_print(handout, printer)`: the final PDF drawn onto a QPrinter ->
  `printed(id, pages)` or `print_failed(id, message)`.

The worker makes its Renderer on first use, so importing WeasyPrint never slows start-up.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from handouts.files import WriteFailed

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from handouts.render import Handout, Renderer
    from handouts.render_process import RenderProcess

logger = logging.getLogger(__name__)

RendererFactory = Callable[[], "Renderer | RenderProcess"]

INTERNAL_ERROR = (
    "The handout could not be made because of an error in the app. "
    "Try again; if it keeps happening, restart the app."
)


def default_renderer() -> RenderProcess:
    """The app renders in a child process: WeasyPrint's work and garbage collections then
    never hold up the GUI thread."""
    from handouts.render_process import RenderProcess

    return RenderProcess()


def _plain_error(error: Exception) -> str:
    """The message to show for a failed job: ours are plain already, others are not."""
    from handouts.render import RenderError
    from ui.printing import PrintFailed

    if isinstance(error, RenderError | WriteFailed | PrintFailed):
        return str(error)
    logger.error("render job failed: %s", type(error).__name__, exc_info=error)
    return INTERNAL_ERROR


class RenderWorker(QObject):
    """Does the jobs, one at a time, in the worker thread."""

    preview_done = Signal(int, bytes)
    unprintable_found = Signal(int, str)
    preview_error = Signal(int, str)
    pdf_done = Signal(int, bytes)
    pdf_error = Signal(int, str)
    save_done = Signal(int, object)
    save_error = Signal(int, str)
    print_done = Signal(int, int)
    print_error = Signal(int, str)

    def __init__(self, make_renderer: RendererFactory) -> None:
        super().__init__()
        self._make_renderer = make_renderer
        self._renderer: Renderer | RenderProcess | None = None
        self._frozen = False

    def renderer(self) -> Renderer | RenderProcess:
        if self._renderer is None:
            self._renderer = self._make_renderer()
        return self._renderer

    def _freeze_once(self) -> None:
        """After the first render, move the long-lived objects (WeasyPrint, fonts, caches) out
        of the garbage collector's sight: full collections then take a few milliseconds
        instead of 50-200 ms, and a collection in this thread holds up the GUI thread too."""
        if not self._frozen:
            self._frozen = True
            gc.freeze()

    @Slot()
    def warm_up(self) -> None:
        from handouts.render_process import RenderProcess

        try:
            renderer = self.renderer()
            if isinstance(renderer, RenderProcess):
                renderer.start()
        except Exception as error:  # the first real job reports it plainly
            logger.warning("renderer warm-up failed: %s", type(error).__name__)

    def close(self) -> None:
        """Stop the render process, if the renderer is one (call once the thread has ended)."""
        from handouts.render_process import RenderProcess

        if isinstance(self._renderer, RenderProcess):
            self._renderer.close()

    @Slot(int, object)
    def preview(self, request_id: int, handout: Handout) -> None:
        try:
            renderer = self.renderer()
            unprintable = renderer.unprintable(handout)
            pdf = renderer.pdf(handout, preview=True)
        except Exception as error:
            self.preview_error.emit(request_id, _plain_error(error))
        else:
            self._freeze_once()
            self.unprintable_found.emit(request_id, unprintable.message() if unprintable else "")
            self.preview_done.emit(request_id, pdf)

    @Slot(int, object)
    def pdf(self, request_id: int, handout: Handout) -> None:
        try:
            pdf = self.renderer().pdf(handout)
        except Exception as error:
            self.pdf_error.emit(request_id, _plain_error(error))
        else:
            self.pdf_done.emit(request_id, pdf)

    @Slot(int, object, object)
    def save(self, request_id: int, handout: Handout, path: Path) -> None:
        try:
            written = self.renderer().save(handout, path)
        except Exception as error:
            self.save_error.emit(request_id, _plain_error(error))
        else:
            self.save_done.emit(request_id, written)

    @Slot(int, object, object)
    def print_(self, request_id: int, handout: Handout, printer: QPrinter) -> None:
        from ui.printing import print_pdf

        try:
            pages = print_pdf(self.renderer().pdf(handout), printer)
        except Exception as error:
            self.print_error.emit(request_id, _plain_error(error))
        else:
            self.print_done.emit(request_id, pages)


class RenderService(QObject):
    """The GUI thread's handle on the worker thread (see the module docstring)."""

    preview_ready = Signal(int, bytes)
    # With each preview: which typed characters no font can print ("" when all can).
    unprintable = Signal(str)
    preview_failed = Signal(int, str)
    pdf_ready = Signal(int, bytes)
    pdf_failed = Signal(int, str)
    saved = Signal(int, object)
    save_failed = Signal(int, str)
    printed = Signal(int, int)
    print_failed = Signal(int, str)
    busy_changed = Signal(bool)

    _send_warm_up = Signal()
    _send_preview = Signal(int, object)
    _send_pdf = Signal(int, object)
    _send_save = Signal(int, object, object)
    _send_print = Signal(int, object, object)

    def __init__(self, renderer: Renderer | None = None, parent: QObject | None = None) -> None:
        """`renderer`: the one to use; None makes a Renderer in the worker on first use."""
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("render-worker")
        self._worker = RenderWorker(default_renderer if renderer is None else lambda: renderer)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._send_warm_up.connect(self._worker.warm_up)
        self._send_preview.connect(self._worker.preview)
        self._send_pdf.connect(self._worker.pdf)
        self._send_save.connect(self._worker.save)
        self._send_print.connect(self._worker.print_)
        self._worker.preview_done.connect(self._on_preview_done)
        self._worker.preview_error.connect(self._on_preview_error)
        self._worker.unprintable_found.connect(self._on_unprintable_found)
        self._worker.pdf_done.connect(self._on_pdf_done)
        self._worker.pdf_error.connect(self._on_pdf_error)
        self._worker.save_done.connect(self._on_save_done)
        self._worker.save_error.connect(self._on_save_error)
        self._worker.print_done.connect(self._on_print_done)
        self._worker.print_error.connect(self._on_print_error)
        self._next_id = 0
        self._jobs = 0
        self._latest_preview = 0
        self._preview_in_flight = False
        self._pending_preview: tuple[int, Any] | None = None
        self._thread.start()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _started(self) -> None:
        self._jobs += 1
        if self._jobs == 1:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        self._jobs -= 1
        if self._jobs == 0:
            self.busy_changed.emit(False)

    # Bound methods of this GUI-thread object, so the answers arrive in the GUI thread.
    @Slot(int, bytes)
    def _on_pdf_done(self, request_id: int, pdf: bytes) -> None:
        self._finished()
        self.pdf_ready.emit(request_id, pdf)

    @Slot(int, str)
    def _on_pdf_error(self, request_id: int, message: str) -> None:
        self._finished()
        self.pdf_failed.emit(request_id, message)

    @Slot(int, object)
    def _on_save_done(self, request_id: int, path: Path) -> None:
        self._finished()
        self.saved.emit(request_id, path)

    @Slot(int, str)
    def _on_save_error(self, request_id: int, message: str) -> None:
        self._finished()
        self.save_failed.emit(request_id, message)

    @Slot(int, int)
    def _on_print_done(self, request_id: int, pages: int) -> None:
        self._finished()
        self.printed.emit(request_id, pages)

    @Slot(int, str)
    def _on_print_error(self, request_id: int, message: str) -> None:
        self._finished()
        self.print_failed.emit(request_id, message)

    def is_busy(self) -> bool:
        return self._jobs > 0

    def warm_up(self) -> None:
        """Make the Renderer in the worker now, so the first preview is quick."""
        self._send_warm_up.emit()

    def request_preview(self, handout: Handout) -> int:
        request_id = self._new_id()
        self._latest_preview = request_id
        if self._preview_in_flight:
            self._pending_preview = (request_id, handout)
        else:
            self._dispatch_preview(request_id, handout)
        return request_id

    def _dispatch_preview(self, request_id: int, handout: Handout) -> None:
        self._preview_in_flight = True
        self._started()
        self._send_preview.emit(request_id, handout)

    def _preview_finished(self) -> None:
        self._preview_in_flight = False
        self._finished()
        if self._pending_preview is not None:
            request_id, handout = self._pending_preview
            self._pending_preview = None
            self._dispatch_preview(request_id, handout)

    @Slot(int, bytes)
    def _on_preview_done(self, request_id: int, pdf: bytes) -> None:
        self._preview_finished()
        if request_id == self._latest_preview:
            self.preview_ready.emit(request_id, pdf)

    @Slot(int, str)
    def _on_unprintable_found(self, request_id: int, message: str) -> None:
        if request_id == self._latest_preview:
            self.unprintable.emit(message)

    @Slot(int, str)
    def _on_preview_error(self, request_id: int, message: str) -> None:
        self._preview_finished()
        if request_id == self._latest_preview:
            self.preview_failed.emit(request_id, message)

    def cancel_previews(self) -> None:
        """Forget any waiting preview and ignore the answer of the one running."""
        self._pending_preview = None
        self._latest_preview = self._new_id()

    def request_pdf(self, handout: Handout) -> int:
        request_id = self._new_id()
        self._started()
        self._send_pdf.emit(request_id, handout)
        return request_id

    def request_save(self, handout: Handout, path: Path) -> int:
        request_id = self._new_id()
        self._started()
        self._send_save.emit(request_id, handout, path)
        return request_id

    def request_print(self, handout: Handout, printer: QPrinter) -> int:
        request_id = self._new_id()
        self._started()
        self._send_print.emit(request_id, handout, printer)
        return request_id

    def shutdown(self) -> None:
        """Let the running job finish, then stop the thread (waiting jobs are dropped)."""
        if self._thread.isRunning():
            self._pending_preview = None
            self._thread.quit()
            self._thread.wait()
            self._worker.close()
