"""The one way to work off the GUI thread: `JobRunner` runs plain callables in a thread pool
and hands each result (or the exception it raised) to GUI-thread callbacks.

Rendering, printing, sending email and the mail server's DNS lookup all go through it. A
runner with one thread (the default) runs its jobs one at a time, in the order given: the
render service relies on that, since its renderer may be used by one job at a time only.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Job(QRunnable):
    """Runs one callable in a pool thread and files its outcome with the runner."""

    def __init__(self, runner: JobRunner, job_id: int, work: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._job_id = job_id
        self._work = work

    def run(self) -> None:
        try:
            outcome: tuple[bool, Any] = (True, self._work())
        except Exception as error:  # handed to the caller's on_failed, in the GUI thread
            outcome = (False, error)
        self._runner._file(self._job_id, outcome)


class JobRunner(QObject):
    """Runs callables off the GUI thread; `submit` returns a job id at once.

    The outcome is kept in a Python dict and the queued signal carries only the job id:
    Python objects then never cross threads inside a Qt signal.
    """

    _job_finished = Signal(int)

    def __init__(self, name: str, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setObjectName(name)
        self._pool.setMaxThreadCount(threads)
        # The threads live as long as the runner: a renderer made by a job stays in its thread.
        self._pool.setExpiryTimeout(-1)
        self._lock = threading.Lock()
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._next_id = 0
        self._closed = False
        self._job_finished.connect(self._deliver)

    def submit(self, work: Callable[[], Any], on_done: Done, on_failed: Failed) -> int:
        """Run `work()` off the GUI thread; then on_done(result) or on_failed(error) in it."""
        self._next_id += 1
        job_id = self._next_id
        self._callbacks[job_id] = (on_done, on_failed)
        self._pool.start(_Job(self, job_id, work))
        return job_id

    def _file(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        """Called in the pool thread: keep the outcome and wake the GUI thread."""
        with self._lock:
            self._outcomes[job_id] = outcome
        self._job_finished.emit(job_id)

    @Slot(int)
    def _deliver(self, job_id: int) -> None:
        with self._lock:
            ok, value = self._outcomes.pop(job_id)
        on_done, on_failed = self._callbacks.pop(job_id)
        if self._closed:
            return
        if ok:
            on_done(value)
        else:
            on_failed(value)

    def shutdown(self) -> None:
        """Drop the waiting jobs, let the running one finish, and deliver no more answers."""
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone()
