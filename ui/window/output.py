"""Saving and printing the handout: ask where (or which printer), then render off the GUI
thread through the render service, and say how it went in the status bar or a message."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from handouts.profile import ClinicProfile, Paper
from ui.dialogs.messages import Confirm
from ui.window.context import WindowContext

if TYPE_CHECKING:
    from handouts.render import Handout

logger = logging.getLogger(__name__)


def pdf_pages(path: Path) -> int:
    """How many pages the PDF file has (0 when it cannot be read)."""
    # Lazy: QtPdf loads with the first PDF, not at start-up.
    from ui.pdf import READY, load_pdf

    document, _buffer = load_pdf(path.read_bytes())
    return document.pageCount() if document.status() is READY else 0


def missing_save_folder(profile: ClinicProfile) -> Path | None:
    """The profile's save folder when it is set but no longer there, else None."""
    if not profile.save_folder:
        return None
    folder = Path(profile.save_folder).expanduser()
    return None if folder.is_dir() else folder


def start_folder(profile: ClinicProfile) -> Path:
    """Where Save starts: the profile's save folder if it exists, else the home folder."""
    folder = Path(profile.save_folder).expanduser() if profile.save_folder else None
    return folder if folder is not None and folder.is_dir() else Path.home()


class HandoutOutput(QObject):
    """Save PDF and Print. `saved(path)` and `printed(pages)` fire once each is done."""

    saved = Signal(object)
    printed = Signal(int)

    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.parent)
        self._window = context
        self._printers: dict[int, object] = {}
        self._given: dict[int, Handout] = {}  # request id -> the handout, for the record
        self._to_file: dict[int, Path] = {}
        self._window.render_service.saved.connect(self._on_saved)
        self._window.render_service.save_failed.connect(self._on_save_failed)
        self._window.render_service.printed.connect(self._on_printed)
        self._window.render_service.printed_pdf.connect(self._record_printed)
        self._window.render_service.print_failed.connect(self._on_print_failed)

    def _handout_or_explain(self) -> Handout | None:
        handout = self._window.current_handout()
        if handout is None:
            self._window.report_error(
                "Nothing to hand out yet",
                "There is no handout for the form as it is.",
                "Pick where it hurts, and make sure the clinician's choice is not refused.",
            )
        return handout

    def save(self) -> None:
        """Ask where to save the handout, then write its final PDF there."""
        handout = self._handout_or_explain()
        if handout is None:
            return
        # Lazy: handouts.render loads with the first handout, not at start-up.
        from handouts.render import default_file_name

        missing = missing_save_folder(self._window.profile())
        if missing is not None:
            choose, _answered = Confirm.ask(
                self._window.parent,
                "The save folder is gone",
                f"The save folder {missing} no longer exists: it was moved, renamed or "
                "deleted. Choose where to save this handout (Settings sets the folder for "
                "the next ones).",
                "&Choose where to save…",
            )
            if not choose:
                self._window.status_bar.showMessage(
                    f"Not saved: the save folder {missing} no longer exists.", 8000
                )
                return
        suggested = start_folder(self._window.profile()) / default_file_name(handout)
        # Lazy: the file dialog is made ready for Python at the first save, not at start-up.
        from ui.dialogs.files import SaveDialog

        path, accepted = SaveDialog.ask(self._window.parent, suggested)
        if not accepted or path is None:
            return
        request_id = self._window.render_service.request_save(handout, path)
        self._given[request_id] = handout
        self._window.status_bar.showMessage("Saving the handout…")

    def _print_to_file(self, handout: Handout, chosen: Path, name: str) -> None:
        """Print to a PDF file: write the real handout PDF (text, not a picture of it), in
        the save folder under the handout's name unless another name was typed."""
        folder = Path(self._window.profile().save_folder).expanduser()
        if chosen.name == name and self._window.profile().save_folder and folder.is_dir():
            chosen = folder / name
        request_id = self._window.render_service.request_save(handout, chosen)
        self._to_file[request_id] = chosen
        self._given[request_id] = handout
        self._window.status_bar.showMessage("Printing the handout to a PDF file…")

    @Slot(int, object)
    def _on_saved(self, request_id: int, path: object) -> None:
        handout = self._given.pop(request_id, None)
        printed = self._to_file.pop(request_id, None) is not None
        if handout is not None and self._window.records is not None:
            how = "printed" if printed else "saved"
            self._window.records.record_saved(handout, Path(str(path)), how)
        if printed:
            pages = pdf_pages(Path(str(path)))
            self._window.status_bar.showMessage(
                f"Printed to a file: the handout PDF is saved as {path}", 10_000
            )
            self.printed.emit(pages)
            return
        self._window.status_bar.showMessage(f"Saved {path}", 8000)
        self.saved.emit(path)

    @Slot(int, str)
    def _on_save_failed(self, request_id: int, message: str) -> None:
        self._given.pop(request_id, None)
        self._window.status_bar.clearMessage()
        if self._to_file.pop(request_id, None) is not None:
            self._on_print_failed(request_id, message)
            return
        self._window.report_error(
            "The handout was not saved",
            message,
            "Nothing was overwritten. Choose another folder or file name and save again.",
        )

    def print_(self) -> None:
        """Ask for a printer (set up for the handout's paper), then print the final PDF."""
        handout = self._handout_or_explain()
        if handout is None:
            return
        # Lazy: QPageSize's enums are only needed to print.
        from PySide6.QtGui import QPageSize

        # Lazy: QtPrintSupport loads with the first print, not at start-up.
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = handout.paper or self._window.profile().paper
        size = QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)
        # Lazy: handouts.render loads with the first handout, not at start-up.
        from handouts.render import default_file_name

        name = default_file_name(handout)
        # The print dialog names a "print to file" after the document.
        printer.setDocName(Path(name).stem)
        # Lazy: the print dialog loads with the first print, not at start-up.
        from ui.dialogs.files import PrintDialog

        printer, accepted = PrintDialog.ask(self._window.parent, printer)
        if not accepted:
            return
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self._print_to_file(handout, Path(printer.outputFileName()), name)
            return
        request_id = self._window.render_service.request_print(handout, printer)
        self._printers[request_id] = printer
        self._given[request_id] = handout
        self._window.status_bar.showMessage("Printing the handout…")

    @Slot(int, bytes)
    def _record_printed(self, request_id: int, pdf: bytes) -> None:
        handout = self._given.pop(request_id, None)
        if handout is not None and self._window.records is not None:
            self._window.records.record_given(handout, bytes(pdf), "printed")

    @Slot(int, int)
    def _on_printed(self, request_id: int, pages: int) -> None:
        self._printers.pop(request_id, None)
        self._window.status_bar.showMessage(
            f"Sent {pages} page{'s' if pages != 1 else ''} to the printer", 8000
        )
        self.printed.emit(pages)

    @Slot(int, str)
    def _on_print_failed(self, request_id: int, message: str) -> None:
        self._printers.pop(request_id, None)
        self._given.pop(request_id, None)
        self._window.status_bar.clearMessage()
        self._window.report_error(
            "The handout was not printed",
            message,
            "Check the printer, then print again; or save the PDF and print it later.",
        )
