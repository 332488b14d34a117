"""The window's "History…" action (Ctrl+H): open the History panel over the record, reopen a
row in the form (or start a new one for the row's patient, in the language they were given),
and tell the user whatever the record has to say (a write that failed, a
damaged record set aside, old rows deleted by the retention setting)."""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from handouts.model import InvalidPresentation, Language
from ui.widgets.form_values import FormValues
from ui.window.context import WindowContext

if TYPE_CHECKING:
    from handouts.record import Entry
    from ui.dialogs.history import HistoryDialog
    from ui.services.recording import RecordService
    from ui.widgets.form import PresentationForm

logger = logging.getLogger(__name__)


def form_values_for(entry: Entry, default: Language) -> FormValues:
    """The form exactly as it was for `entry` (InvalidPresentation if no longer valid); a
    language this version does not have becomes `default`."""
    # Lazy: the record loads with the History panel.
    from handouts.record import entry_language, presentation_from_data

    presentation = presentation_from_data(entry.presentation)
    names = {item.name for item in dataclasses.fields(FormValues)}
    values = {
        name: getattr(presentation, name)
        for name in names
        if hasattr(presentation, name) and getattr(presentation, name) is not None
    }
    language = entry_language(entry) or default
    return FormValues(**values, patient=entry.patient, note=entry.note, language=language)


class HistoryAction(QObject):
    """Opens the History panel; reports the record's problems; reopens rows in the form."""

    def __init__(self, context: WindowContext, records: RecordService, form: PresentationForm):
        super().__init__(context.parent)
        self._window = context
        self._records = records
        self._form = form
        self.panel: HistoryDialog | None = None
        records.problem.connect(self._tell)
        records.start_up()

    @Slot(str, str)
    def _tell(self, title: str, text: str) -> None:
        self._window.report_error(title, text, "")

    @Slot()
    def trigger(self) -> None:
        """Open the panel (or bring it to the front)."""
        if self.panel is not None and self.panel.isVisible():
            self.panel.raise_()
            self.panel.activateWindow()
            return
        # Lazy: the History panel and the record load when first opened.
        from handouts.record import RecordError

        # Lazy: the panel's widgets load when it is first opened.
        from ui.dialogs.history import HistoryDialog

        try:
            store = self._records.open_store()
        except RecordError as error:
            self._window.report_error(
                "The record of handouts cannot be opened",
                str(error),
                "Handouts can still be given.",
            )
            return
        if store.notice:
            self._tell("The record of handouts", store.notice)
        self.panel = HistoryDialog(
            store, self._records, self._window.profile, self.reopen, self.new_for_patient,
            self._window.parent,
        )  # fmt: skip
        self.panel.show()

    def reopen(self, entry: Entry) -> None:
        """Fill the form as it was; a new handout uses today's content (said when changed)."""
        # Lazy: the record and the renderer's version load with the History panel.
        from handouts.record import content_changed

        # Lazy: the renderer's package loads with the first handout, not at start-up.
        from handouts.render import CONTENT_VERSION

        default = self._window.profile().language
        try:
            values = form_values_for(entry, default)
        except InvalidPresentation as error:
            self._window.report_error("This handout cannot be reopened", str(error), "")
            return
        self._form.set_values(values)
        self._unknown_language(entry, default)
        changed = content_changed(entry, CONTENT_VERSION)
        if changed:
            self._window.report_error("Reopened with today's content", changed, "")
        self._window.status_bar.showMessage(
            "Reopened: the form is as it was. A new handout uses today's content and date.", 10_000
        )

    def new_for_patient(self, entry: Entry) -> None:
        """A blank form for the row's patient, in the language their handout was in."""
        # Lazy: the record loads with the History panel.
        from handouts.record import entry_language

        default = self._window.profile().language
        language = entry_language(entry) or default
        self._form.set_values(FormValues(patient=entry.patient, language=language))
        self._unknown_language(entry, default)
        self._window.status_bar.showMessage(
            "A new handout for the same patient, in the same language: tick what applies now.",
            10_000,
        )

    def _unknown_language(self, entry: Entry, default: Language) -> None:
        # Lazy: the record loads with the History panel.
        from handouts.record import entry_language

        if entry_language(entry) is None:
            self._window.report_error(
                "This handout's language is not available",
                f"It was given in the language {entry.language!r}, which this version of Heat "
                f"or Ice does not have. The form uses the default language ({default.value}).",
                "",
            )
