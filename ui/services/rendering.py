"""Rendering off the GUI thread, through the app's one `JobRunner` (see jobs.py).

`RenderService` lives in the GUI thread. Every job gets a request id and its answer comes
back by signal, in the GUI thread:

- `request_preview(handout)`: a preview PDF -> `preview_ready(id, bytes)` or
  `preview_failed(id, message)`. Previews are coalesced: while one renders, only the latest
  new request is kept, and answers to older requests are dropped. A preview is the page
  exactly as it will print (the spacing pass included: it costs a few milliseconds).
- `request_pdf(handout)`: the final PDF -> `pdf_ready(id, bytes)` or `pdf_failed(id, message)`
  (for attaching to an email, say).
- `request_save(handout, path)`: the final PDF written atomically -> `saved(id, path)` or
  `save_failed(id, message)`.
- `request_print(handout, printer)`: the final PDF drawn onto a QPrinter ->
  `printed_pdf(id, bytes)` then `printed(id, pages)`, or `print_failed(id, message)`.

The renderer is made by the first job, so importing WeasyPrint never slows start-up; the
runner has one thread, so the renderer is only ever used by one job at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from handouts.files import WriteFailed
from ui.services.jobs import JobRunner

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from handouts.render import Handout, Renderer
    from handouts.render.process import RenderProcess

logger = logging.getLogger(__name__)

RendererFactory = Callable[[], "Renderer | RenderProcess"]

INTERNAL_ERROR = (
    "The handout could not be made because of an error in the app. "
    "Try again; if it keeps happening, restart the app."
)


def default_renderer() -> RenderProcess:
    """The app renders in a child process: WeasyPrint's work and garbage collections then
    never hold up the GUI thread."""
    # Lazy: the render child's module is only needed once the first job runs.
    from handouts.render.process import RenderProcess

    # Lazy for the same reason (a light module: main.py may have started the child already).
    from handouts.render_launch import take_early

    return RenderProcess(take_early())


def plain_error(error: Exception) -> str:
    """The message to show for a failed job: ours are plain already, others are not."""
    # Lazy: the renderer's module loads with the first handout, not at start-up.
    from handouts.render import RenderError

    # Lazy: QtPrintSupport and QtPdf load with the first print, not at start-up.
    from ui.services.printing import PrintFailed

    if isinstance(error, RenderError | WriteFailed | PrintFailed):
        return str(error)
    logger.error("render job failed: %s", type(error).__name__, exc_info=error)
    return INTERNAL_ERROR


class RenderService(QObject):
    """The GUI thread's handle on rendering (see the module docstring)."""

    preview_ready = Signal(int, bytes)
    # With each preview: which typed characters no font can print ("" when all can).
    unprintable = Signal(str)
    preview_failed = Signal(int, str)
    pdf_ready = Signal(int, bytes)
    pdf_failed = Signal(int, str)
    saved = Signal(int, object)
    save_failed = Signal(int, str)
    printed = Signal(int, int)
    # Just before `printed`: the exact PDF that was printed (for the record).
    printed_pdf = Signal(int, bytes)
    print_failed = Signal(int, str)
    busy_changed = Signal(bool)

    def __init__(self, renderer: Renderer | None = None, parent: QObject | None = None) -> None:
        """`renderer`: the one to use; None starts the render process on first use."""
        super().__init__(parent)
        self._make_renderer: RendererFactory = (
            default_renderer if renderer is None else lambda: renderer
        )
        self._renderer: Renderer | RenderProcess | None = None
        self._runner = JobRunner("render-worker", self)
        self._next_id = 0
        self._jobs = 0
        self._latest_preview = 0
        self._preview_in_flight = False
        self._pending_preview: tuple[int, Any] | None = None
        # Prints whose PDF is being made: request id -> (the PDF once made, the printer).
        self._prints_rendering: dict[int, tuple[list[bytes], QPrinter]] = {}

    def renderer(self) -> Renderer | RenderProcess:
        """The renderer, made on first use (call from a job only)."""
        if self._renderer is None:
            self._renderer = self._make_renderer()
        return self._renderer

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[int, Any], None],
        failed: Callable[[int, str], None],
        request_id: int | None = None,
    ) -> int:
        """Run `work` as a counted job; then done(id, result) or failed(id, plain message)."""
        request_id = self._new_id() if request_id is None else request_id
        self._started()

        def on_done(result: Any) -> None:
            self._finished()
            done(request_id, result)

        def on_failed(error: Exception) -> None:
            self._finished()
            failed(request_id, plain_error(error))

        self._runner.submit(work, on_done, on_failed)
        return request_id

    def _started(self) -> None:
        self._jobs += 1
        if self._jobs == 1:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        self._jobs -= 1
        if self._jobs == 0:
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return self._jobs > 0

    def warm_up(self) -> None:
        """Start the renderer now, so the first preview is quick. The render process is not
        waited for: a preview asked for meanwhile goes to it at once and is made instead of
        its warm-up."""
        self._runner.submit(self._warm_up, lambda _result: None, lambda _error: None)

    def _warm_up(self) -> None:
        # Lazy: the render child's module is only needed once rendering starts.
        from handouts.render.process import RenderProcess

        try:
            renderer = self.renderer()
            if isinstance(renderer, RenderProcess):
                renderer.launch()
        except Exception as error:  # the first real job reports it plainly
            logger.warning("renderer warm-up failed: %s", type(error).__name__)

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

        def work() -> tuple[bytes, str]:
            renderer = self.renderer()
            unprintable = renderer.unprintable(handout)
            pdf = renderer.pdf(handout, preview=True)
            return pdf, unprintable.message() if unprintable else ""

        self._run(work, self._on_preview_done, self._on_preview_error, request_id)

    def _preview_finished(self) -> None:
        self._preview_in_flight = False
        if self._pending_preview is not None:
            request_id, handout = self._pending_preview
            self._pending_preview = None
            self._dispatch_preview(request_id, handout)

    def _on_preview_done(self, request_id: int, answer: tuple[bytes, str]) -> None:
        self._preview_finished()
        if request_id == self._latest_preview:
            pdf, unprintable = answer
            self.unprintable.emit(unprintable)
            self.preview_ready.emit(request_id, pdf)

    def _on_preview_error(self, request_id: int, message: str) -> None:
        self._preview_finished()
        if request_id == self._latest_preview:
            self.preview_failed.emit(request_id, message)

    def cancel_previews(self) -> None:
        """Forget any waiting preview and ignore the answer of the one running."""
        self._pending_preview = None
        self._latest_preview = self._new_id()

    def request_pdf(self, handout: Handout) -> int:
        return self._run(
            lambda: self.renderer().pdf(handout), self.pdf_ready.emit, self.pdf_failed.emit
        )

    def request_save(self, handout: Handout, path: Path) -> int:
        return self._run(
            lambda: self.renderer().save(handout, path), self.saved.emit, self.save_failed.emit
        )

    def request_print(self, handout: Handout, printer: QPrinter) -> int:
        """Two jobs, busy throughout: render the PDF; then, its QPdfDocument made on the GUI
        thread (see ui.services.printing), draw its pages."""
        # Lazy: QtPrintSupport and QtPdf load with the first print, not at start-up.
        from ui.services.printing import PrintJob

        self._started()  # held from the render to the last page: busy_changed fires twice only

        def rendered(request_id: int, pdf: bytes) -> None:
            self._prints_rendering.pop(request_id, None)
            job = PrintJob(pdf, printer, self)

            def printed(request_id: int, pages: int) -> None:
                job.close()
                self.printed_pdf.emit(request_id, pdf)
                self.printed.emit(request_id, pages)

            def failed(request_id: int, message: str) -> None:
                job.close()
                self.print_failed.emit(request_id, message)

            self._run(job.run, printed, failed, request_id)
            self._finished()

        def not_rendered(request_id: int, message: str) -> None:
            self._prints_rendering.pop(request_id, None)
            self._finished()
            self.print_failed.emit(request_id, message)

        made: list[bytes] = []

        def render() -> bytes:
            made.append(self.renderer().pdf(handout))
            return made[0]

        request_id = self._run(render, rendered, not_rendered)
        self._prints_rendering[request_id] = (made, printer)
        return request_id

    def _draw_prints_left_by_closing(self) -> None:
        """After the last job: a print whose PDF was made as the window closed, but whose
        pages were not drawn yet, is drawn now on this thread (no worker is left): closing
        lets a print finish, as it lets a save finish."""
        # Lazy: QtPrintSupport and QtPdf load with the first print, not at start-up.
        from ui.services.printing import PrintFailed, print_pdf

        for made, printer in self._prints_rendering.values():
            try:
                if made:
                    print_pdf(made[0], printer)
            except PrintFailed as error:
                logger.warning("A print as the window closed failed: %s", error)
        self._prints_rendering.clear()

    def shutdown(self) -> None:
        """Let the running job finish, then stop (waiting jobs are dropped). A preview alone
        in flight is not waited for: nobody will see it."""
        # Lazy: the render child's module is only needed once rendering started.
        from handouts.render.process import RenderProcess

        self._pending_preview = None
        only_a_preview = self._jobs == 1 and self._preview_in_flight
        if isinstance(self._renderer, RenderProcess) and only_a_preview:
            # The window closes now instead of waiting (a save or print is always let finish).
            self._renderer.kill()
        self._runner.shutdown()
        self._draw_prints_left_by_closing()
        if isinstance(self._renderer, RenderProcess):
            self._renderer.close()
