"""What the History panel does with the selected row, and export/import of everything.

Reprint and email use the exact PDF kept (refused when it no longer matches its SHA-256),
and add a new row saying so. Deleting asks first and removes rows and PDF copies for good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from handouts.files import safe_file_name_part
from handouts.profile import ClinicProfile, config_dir, data_dir
from handouts.record import (
    Entry,
    Imported,
    Query,
    RecordError,
    chart_note,
    entry_language,
    export_archive,
    import_archive,
)
from ui.dialogs.files import PrintDialog

if TYPE_CHECKING:
    from handouts.record import RecordStore
    from ui.services.recording import RecordService

logger = logging.getLogger(__name__)

ARCHIVE_FILTER = "Heat or Ice archives (*.zip)"


class Panel(Protocol):
    """The parts of the History panel the actions use."""

    store: RecordStore
    records: RecordService

    def selected(self) -> Entry | None: ...
    def refresh(self, *_args: object) -> None: ...
    def with_name(self) -> bool: ...
    def widget(self) -> QWidget: ...
    def confirm(self, parent: QWidget, title: str, text: str) -> bool: ...
    def open_in_system(self, url: QUrl) -> bool: ...
    def tell(self, title: str, text: str, ok: bool = True) -> None: ...


class ArchiveDialog:
    """Where to write an archive, and which one to import (tests replace these)."""

    @classmethod
    def ask_target(cls, parent: QWidget | None, suggested: Path) -> tuple[Path | None, bool]:
        name, _ = QFileDialog.getSaveFileName(parent, "Export", str(suggested), ARCHIVE_FILTER)
        return (Path(name), True) if name else (None, False)

    @classmethod
    def ask_source(cls, parent: QWidget | None) -> tuple[Path | None, bool]:
        name, _ = QFileDialog.getOpenFileName(parent, "Import", str(Path.home()), ARCHIVE_FILTER)
        return (Path(name), True) if name else (None, False)


class HistoryActions(QObject):
    """The row buttons and export/import, acting for `panel`."""

    def __init__(
        self,
        panel: Panel,
        profile: Callable[[], ClinicProfile],
        reopen: Callable[[Entry], None],
        new_for_patient: Callable[[Entry], None],
    ) -> None:
        super().__init__()
        self._panel = panel
        self._profile = profile
        self._reopen = reopen
        self._new_for_patient = new_for_patient

    def _kept_pdf(self) -> tuple[Entry, bytes] | None:
        """The selected row and its kept PDF, only when it still matches its SHA-256."""
        panel = self._panel
        entry = panel.selected()
        if entry is None:
            return None
        try:
            matches = panel.store.copy_matches(entry)
            pdf = panel.store.pdf_copy(entry).read_bytes() if matches else b""
        except (RecordError, OSError) as error:
            panel.tell("The kept PDF cannot be read", str(error), ok=False)
            return None
        if not matches:
            panel.tell(
                "The kept PDF is not the one given",
                "The kept copy is missing or no longer matches its SHA-256, so it cannot be "
                "given again as the same sheet. Reopen the row to make a new handout instead.",
                ok=False,
            )
            return None
        return entry, pdf

    def reprint(self) -> None:
        kept = self._kept_pdf()
        if kept is None:
            return
        entry, pdf = kept
        # Lazy: QtPrintSupport loads with the first print, not at start-up.
        from PySide6.QtPrintSupport import QPrinter

        # Lazy: QtPdf (inside printing) loads with the first print, too.
        from ui.services.printing import PrintFailed, PrintJob

        printer, accepted = PrintDialog.ask(
            self._panel.widget(), QPrinter(QPrinter.PrinterMode.HighResolution)
        )
        if not accepted:
            return
        # Its QPdfDocument is made here, on the GUI thread (see ui.services.printing).
        job = PrintJob(pdf, printer, self._panel.widget())

        def work() -> str:
            try:
                job.run()
            except PrintFailed as error:
                return str(error)
            return ""

        def done(problem: str) -> None:
            job.close()
            if problem:
                self._panel.tell("The handout was not printed", problem, ok=False)
                return
            self._panel.records.record_again(entry, pdf, "printed")
            self._panel.tell("Reprinted", "The kept PDF was sent to the printer.")

        self._panel.records.run(work, done)

    def resend(self) -> None:
        kept = self._kept_pdf()
        if kept is None:
            return
        entry, pdf = kept
        # Lazy: the Email dialog and the mail code load with the first email.
        from ui.dialogs.email.dialog import EmailDialog, EmailRequest

        name = safe_file_name_part(entry.patient, 60) or "handout"
        records = self._panel.records
        request = EmailRequest(
            profile=self._profile(),
            pdf=pdf,
            attachment_name=f"{entry.handout_date} {name} - {entry.recommendation}.pdf",
            patient=entry.patient,
            clinician=entry.clinician,
            language=entry_language(entry) or self._profile().language,
            on_delivered=lambda how, to: records.record_again(entry, pdf, how, to),
        )
        EmailDialog.compose(self._panel.widget(), request)

    def reopen(self) -> None:
        entry = self._panel.selected()
        if entry is not None:
            self._reopen(entry)

    def new_for_patient(self) -> None:
        entry = self._panel.selected()
        if entry is not None:
            self._new_for_patient(entry)

    def open_pdf(self) -> None:
        entry = self._panel.selected()
        if entry is None:
            return
        path = self._panel.store.pdf_copy(entry)
        if not self._panel.open_in_system(QUrl.fromLocalFile(str(path))):
            self._panel.tell("The PDF could not be opened", f"It is kept at {path}.", ok=False)

    def copy_chart_note(self) -> None:
        entry = self._panel.selected()
        if entry is None:
            return
        QGuiApplication.clipboard().setText(chart_note(entry, with_name=self._panel.with_name()))

    def _delete(self, ids: list[int], what: str) -> None:
        panel = self._panel
        text = f"Delete {what} and the kept PDF copies for good? This cannot be undone."
        if not ids or not panel.confirm(panel.widget(), "Delete for good", text):
            return
        try:
            deleted = panel.store.delete(ids)
        except RecordError as error:
            panel.tell("Nothing was deleted", str(error), ok=False)
            return
        panel.refresh()
        logger.info("history: %d rows deleted", deleted)

    def delete_row(self) -> None:
        entry = self._panel.selected()
        if entry is not None:
            self._delete([entry.id], "this row")

    def delete_patient(self) -> None:
        entry = self._panel.selected()
        if entry is None:
            return
        ids = self._panel.store.ids(Query(patient=entry.patient, exact_patient=True))
        count = len(ids)
        self._delete(ids, f"all {count} row{'s' if count != 1 else ''} of this patient")

    def export(self) -> None:
        suggested = Path.home() / "heat-or-ice backup.zip"
        target, accepted = ArchiveDialog.ask_target(self._panel.widget(), suggested)
        if not accepted or target is None:
            return
        config, data = config_dir(), data_dir()

        def work() -> tuple[bool, str]:
            try:
                rows = export_archive(target, config, data)
            except RecordError as error:
                return False, str(error)
            return True, f"{target}: the profile, the presets and {rows} rows, owner-only."

        self._panel.records.run(work, self._told("Exported", "The archive was not written"))

    def import_(self) -> None:
        source, accepted = ArchiveDialog.ask_source(self._panel.widget())
        if not accepted or source is None:
            return
        config, data = config_dir(), data_dir()

        def work() -> tuple[bool, str]:
            try:
                done: Imported = import_archive(source, config, data)
            except RecordError as error:
                return False, str(error)
            kept = "".join(
                f" The earlier {path.name} is kept beside it." for path in done.set_aside
            )
            return True, (
                f"{done.rows_added} rows added ({done.rows_skipped} were here already). "
                f"Restart Heat or Ice to use the imported settings.{kept}"
            )

        def told(outcome: tuple[bool, str]) -> None:
            self._told("Imported", "Nothing was imported")(outcome)
            self._panel.refresh()

        self._panel.records.run(work, told)

    def _told(self, title: str, failed: str) -> Callable[[tuple[bool, str]], None]:
        def tell(outcome: tuple[bool, str]) -> None:
            ok, text = outcome
            self._panel.tell(title if ok else failed, text, ok=ok)

        return tell
