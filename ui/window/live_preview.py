"""The live preview's timing: a tick (check box, radio button, preset, days) renders at once;
typing (the patient's name, the note) waits for a short pause. A render overtaken by a newer
change is dropped: its answer is never painted."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from ui.services.rendering import RenderService
from ui.widgets.preview import PreviewPane

if TYPE_CHECKING:
    from handouts.render import Handout

logger = logging.getLogger(__name__)

# Typing only: ticks render at once.
TYPING_DELAY_MS = 300
STALE = "Preview out of date: updating…"


class LivePreview(QObject):
    """Keeps `pane` showing the handout for the form; `updated(pages)` after each new PDF."""

    updated = Signal(int)

    def __init__(
        self,
        pane: PreviewPane,
        service: RenderService,
        current_handout: Callable[[], Handout | None],
        note_edit: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._service = service
        self._current_handout = current_handout
        self._note_edit = note_edit
        self._last: Handout | None = None
        self._view_in_tab_order = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._render_typed)
        service.preview_ready.connect(self._on_ready)
        service.preview_failed.connect(self._on_failed)
        service.unprintable.connect(pane.set_glyph_warning)

    def schedule(self) -> None:
        """The form changed: mark the preview out of date, drop any render it overtakes, and
        render now (a tick) or after a short pause (typing)."""
        if self._pane.document() is None:
            self._pane.show_message("Preparing the preview…")
        self._pane.set_state("stale", STALE)
        self._service.cancel_previews()
        handout = self._current_handout()
        if handout is not None and self._last is not None and typed_only(self._last, handout):
            self._timer.start()
            return
        self._timer.stop()
        # The status line stays "out of date: updating" for the short render: no flicker.
        self._render()

    def stop(self, message: str) -> None:
        """No handout for the form: forget pending previews and show `message` instead."""
        self._timer.stop()
        self._last = None
        self._service.cancel_previews()
        self._pane.show_message(message)

    def close(self) -> None:
        self._timer.stop()

    def _render(self) -> bool:
        handout = self._current_handout()
        if handout is None:
            return False
        self._last = handout
        self._service.request_preview(handout)
        if self._pane.view is None:
            # While the first handout renders (the render child may still be loading).
            QTimer.singleShot(0, self._pane.prepare)
        return True

    def _render_typed(self) -> None:
        if self._render():
            self._pane.set_state("rendering", "Rendering the preview…")

    @Slot(int, bytes)
    def _on_ready(self, _request_id: int, pdf: bytes) -> None:
        first = not self._view_in_tab_order
        try:
            pages = self._pane.show_pdf(pdf)
        except ValueError:
            self._pane.set_state(
                "failed", "The preview could not be shown. Change a tick to retry."
            )
            return
        if first and self._pane.view is not None:
            QWidget.setTabOrder(self._note_edit, self._pane.view)
            self._view_in_tab_order = True
        if self._timer.isActive():
            self._pane.set_state("stale", STALE)
        self.updated.emit(pages)

    @Slot(int, str)
    def _on_failed(self, _request_id: int, message: str) -> None:
        self._pane.set_state("failed", f"Preview not updated: {message}")


def typed_only(before: Handout, after: Handout) -> bool:
    """Whether `after` differs from `before` in typed text only (the name, the note)."""
    return dataclasses.replace(after, patient=before.patient, note=before.note) == before
