"""GUI figures: how long the GUI thread stalls while previews render, and memory over renders.

Drives the real MainWindow (offscreen) the way a clinician does: each change of the note
field starts a debounced background preview render; we wait for `preview_updated`.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

TICK_MS = 10
BLOCKED_RENDERS = 10
RSS_WARMUP_RENDERS = 5
RSS_MEASURED_RENDERS = 50


def rss_mb() -> float:
    """Resident memory of this process and its children (the render process), from /proc."""
    return sum(rss_each_mb())


def rss_each_mb() -> list[float]:
    """Resident memory of this process, then of each of its children, from /proc."""
    me = str(os.getpid())
    pids = [me]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:
            pids.append(stat.parent.name)
    sizes = []
    for pid in pids:
        try:
            pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
        except OSError:
            continue
        sizes.append(pages * os.sysconf("SC_PAGE_SIZE") / 2**20)
    return sizes


def wait_for_preview(window: object, timeout_ms: int = 30_000) -> None:
    """Run the event loop until the window shows a new preview; fail loudly on a time-out."""
    loop = QEventLoop()
    updated = []
    window.preview_updated.connect(loop.quit)  # type: ignore[attr-defined]
    window.preview_updated.connect(updated.append)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    window.preview_updated.disconnect(loop.quit)  # type: ignore[attr-defined]
    window.preview_updated.disconnect(updated.append)  # type: ignore[attr-defined]
    if not updated:
        raise RuntimeError(f"no preview within {timeout_ms} ms")


class StallMeter:
    """A 10 ms timer that records how late each tick is: the GUI thread's longest stall."""

    def __init__(self) -> None:
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000 - TICK_MS)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def pause(self) -> None:
        """Not counting while the benchmark itself works on the GUI thread."""
        self._timer.stop()

    def resume(self) -> None:
        self.start()


def window_with_a_preview(timeout_ms: int = 30_000) -> tuple[QApplication, MainWindow]:
    """The real window at a typical size, a patient named and the first preset's preview
    painted: where every window figure starts."""
    from ui.presets import PRESETS
    from ui.startup import route_qt_messages_to_log
    from ui.window.main_window import MainWindow

    # As the app does: Qt's own warnings (the offscreen plugin's "does not support
    # propagateSizeHints()", once a window) go to the log, not into the benchmark's output.
    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.resize(1300, 850)
    window.show()
    window.form.patient_edit.setText("Alex Sample")
    window.apply_preset(PRESETS[0])
    wait_for_preview(window, timeout_ms)
    return app, window


def gui_figures() -> dict[str, float]:
    app, window = window_with_a_preview()
    note = window.form.note_edit
    counter = 0

    def change_and_wait() -> None:
        nonlocal counter
        counter += 1
        note.setPlainText(f"Bench note number {counter}: warm shower before work.")
        wait_for_preview(window)

    meter = StallMeter()
    meter.start()
    for _ in range(BLOCKED_RENDERS):
        change_and_wait()
    meter.stop()

    for _ in range(RSS_WARMUP_RENDERS):
        change_and_wait()
    app.processEvents()
    before = rss_mb()
    for _ in range(RSS_MEASURED_RENDERS):
        change_and_wait()
    app.processEvents()
    growth = rss_mb() - before
    window.close()
    return {"gui_blocked_max_ms": meter.worst_ms, "rss_growth_mb": growth}
