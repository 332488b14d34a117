"""New (Ctrl+N): clear the form for the next patient, asking first when the handout has not
been saved, printed or sent, and with an "Undo" button in the status bar for a few seconds."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from ui.dialogs.messages import Confirm
from ui.widgets.form import PresentationForm
from ui.widgets.form_values import FormValues

logger = logging.getLogger(__name__)

UNDO_MS = 8000
NOT_HANDED_OUT = (
    "This handout has not been saved, printed or sent yet. Clear the form for the next "
    "patient anyway?"
)


class NewHandout(QObject):
    """Clears the form; `handed_out()` after a save, print or send marks the handout as given."""

    cleared = Signal()

    def __init__(
        self,
        parent: QWidget,
        form: PresentationForm,
        status: QStatusBar,
        has_handout: Callable[[], bool],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._form = form
        self._status = status
        self._has_handout = has_handout
        self._given = False
        self._before: FormValues | None = None
        self.undo_button = QPushButton("&Undo")
        self.undo_button.setAccessibleName("Undo clearing the form")
        self.undo_button.setToolTip("Put back the form as it was before New")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        status.addPermanentWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._forget)
        form.changed.connect(self._on_form_changed)

    def handed_out(self, *_args: object) -> None:
        """The handout on the form was saved, printed or sent."""
        self._given = True

    def _on_form_changed(self) -> None:
        self._given = False

    def trigger(self) -> None:
        values = self._form.values()
        if values == self._form.blank_values():
            self._status.showMessage("The form is already clear.", 3000)
            self._form.patient_edit.setFocus()
            return
        if self._has_handout() and not self._given:
            clear, _answered = Confirm.ask(
                self._parent, "Clear the form?", NOT_HANDED_OUT, "&Clear the form"
            )
            if not clear:
                self._status.showMessage("Nothing was cleared.", 3000)
                return
        self._before = values
        self._form.clear()
        self._form.patient_edit.setFocus()
        self._status.showMessage("Form cleared. Undo puts it back.", UNDO_MS)
        self.undo_button.show()
        self._timer.start(UNDO_MS)
        self.cleared.emit()

    def undo(self) -> None:
        if self._before is None:
            return
        self._form.set_values(self._before)
        self._forget()
        self._status.showMessage("The form is back as it was.", 5000)

    def _forget(self) -> None:
        self._before = None
        self._timer.stop()
        self.undo_button.hide()
