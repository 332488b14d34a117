"""The window's "Email..." action (Ctrl+E): render the final PDF off the GUI thread, then
open the Email dialog with it. The dialog and the mail code load on first use."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ui.window.context import WindowContext

if TYPE_CHECKING:
    from handouts.render import Handout

logger = logging.getLogger(__name__)


class EmailAction(QObject):
    """Renders the final PDF for the form as it is, then opens the Email dialog with it.

    `sent(outcome)` fires once the handout was sent or handed to the mail program."""

    sent = Signal(str)

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.parent)
        self._window = context
        self._pending: tuple[int, Handout] | None = None
        self._window.render_service.pdf_ready.connect(self._pdf_ready)
        self._window.render_service.pdf_failed.connect(self._pdf_failed)

    @Slot()
    def trigger(self) -> None:
        """Render the final PDF for the form as it is; the dialog opens when it is ready."""
        if self._pending is not None:
            return
        handout = self._window.current_handout()
        if handout is None:
            self._window.report_error(
                "Nothing to email yet",
                "There is no handout for the form as it is.",
                "Pick where it hurts (and fix anything the form points out), then try again.",
            )
            return
        request_id = self._window.render_service.request_pdf(handout)
        self._pending = (request_id, handout)
        self._window.status_bar.showMessage("Preparing the handout for email…")

    @Slot(int, bytes)
    def _pdf_ready(self, request_id: int, pdf: bytes) -> None:
        if self._pending is None or self._pending[0] != request_id:
            return
        handout = self._pending[1]
        self._pending = None
        self._window.status_bar.clearMessage()
        # Lazy: the Email dialog and the mail code load with the first email, not at start-up.
        from ui.dialogs.email.dialog import EmailDialog, EmailRequest

        request = EmailRequest.for_handout(handout, bytes(pdf))
        records = self._window.records
        if records is not None:
            request = records.recording_email(request, handout)
        outcome, done = EmailDialog.compose(self._window.parent, request)
        if done:
            self._window.status_bar.showMessage(outcome, 10_000)
            self.sent.emit(outcome)

    @Slot(int, str)
    def _pdf_failed(self, request_id: int, message: str) -> None:
        if self._pending is None or self._pending[0] != request_id:
            return
        self._pending = None
        self._window.status_bar.clearMessage()
        self._window.report_error(
            "The handout could not be made for email",
            message,
            "Check the settings (the logo, say), then try again.",
        )
