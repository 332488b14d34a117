"""The window's "Email..." action (Ctrl+E): render the final PDF off the GUI thread, then
open the Email dialog with it. The dialog and the mail code load on first use."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from handouts.render import Handout
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

SHORTCUT = "Ctrl+E"


class EmailAction(QObject):
    """Adds "Email..." to the File menu and the toolbar, next to Print."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: tuple[int, Handout] | None = None
        action = QAction("&Email…", window)
        # Through the property, as the window does (setShortcut's overloads are slow to load).
        action.setProperty("shortcut", QKeySequence(SHORTCUT))
        action.setToolTip(f"Email the handout to the patient ({SHORTCUT})")
        action.setStatusTip("Email the handout to the patient")
        action.triggered.connect(self.trigger)
        self.action = action
        menu_actions = window.file_menu.actions()
        after_print = menu_actions.index(window.print_action) + 1
        if after_print < len(menu_actions):
            window.file_menu.insertAction(menu_actions[after_print], action)
        else:
            window.file_menu.addAction(action)
        window.toolbar.insertAction(window.settings_action, action)
        window.recommendation_changed.connect(self._update_enabled)
        window.render_service.pdf_ready.connect(self._pdf_ready)
        window.render_service.pdf_failed.connect(self._pdf_failed)
        self._update_enabled()

    @Slot()
    def _update_enabled(self) -> None:
        """Email is possible exactly when saving is: there is a handout for the form."""
        self.action.setEnabled(self.window.save_action.isEnabled())

    @Slot()
    def trigger(self) -> None:
        """Render the final PDF for the form as it is; the dialog opens when it is ready."""
        if self._pending is not None:
            return
        handout = self.window.current_handout()
        if handout is None:
            self.window.show_error(
                "Nothing to email yet",
                "There is no handout for the form as it is.",
                "Pick where it hurts (and fix anything the form points out), then try again.",
            )
            return
        request_id = self.window.render_service.request_pdf(handout)
        self._pending = (request_id, handout)
        self.window.statusBar().showMessage("Preparing the handout for email…")

    @Slot(int, bytes)
    def _pdf_ready(self, request_id: int, pdf: bytes) -> None:
        if self._pending is None or self._pending[0] != request_id:
            return
        handout = self._pending[1]
        self._pending = None
        self.window.statusBar().clearMessage()
        from handouts.render import default_file_name
        from ui.email_dialog import EmailDialog, EmailRequest

        request = EmailRequest(
            profile=handout.profile,
            pdf=bytes(pdf),
            attachment_name=default_file_name(handout),
            patient=handout.patient,
            clinician=handout.clinician,
        )
        outcome, done = EmailDialog.compose(self.window, request)
        if done:
            self.window.statusBar().showMessage(outcome, 10_000)

    @Slot(int, str)
    def _pdf_failed(self, request_id: int, message: str) -> None:
        if self._pending is None or self._pending[0] != request_id:
            return
        self._pending = None
        self.window.statusBar().clearMessage()
        self.window.show_error(
            "The handout could not be made for email",
            message,
            "Check the settings (the logo, say), then try again.",
        )
