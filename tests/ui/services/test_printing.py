"""Printing on paper: the handout's pages drawn as pictures of at most 300 dpi."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from handouts.model import Region
from handouts.render import Renderer
from tests.handouts.render.helpers import handout
from ui.services.printing import MAX_DPI, print_pdf
from ui.services.rendering import RenderService


def test_paper_printing_draws_pages_at_no_more_than_300_dpi(
    qtbot: QtBot, renderer: Renderer, tmp_path: Path
) -> None:
    pdf = renderer.pdf(handout({"region": Region.LOW_BACK, "onset": "flare-up"}))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    assert printer.resolution() > MAX_DPI
    pages = print_pdf(pdf, printer)
    reader = PdfReader(tmp_path / "paper.pdf")
    assert pages == len(reader.pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    for page in reader.pages:
        [image] = page.images
        width_inches = float(page.mediabox.width) / 72
        assert image.image is not None
        assert image.image.width <= round(width_inches * MAX_DPI) + 1
        assert image.image.width >= round(width_inches * MAX_DPI) - 2


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_window_prints_with_a_pdf_document_made_on_the_gui_thread(
    qtbot: QtBot, renderer: Renderer, tmp_path: Path, pdf_loads: list[bool]
) -> None:
    """A worker thread holds Python's GIL through every Qt call: if one of them makes or
    deletes a QObject, it takes Qt's locks that the GUI thread may hold while it waits for the
    GIL, and the app hangs (it did once, in the tests). Only the drawing is off the GUI
    thread."""
    service = RenderService(renderer)
    target = tmp_path / "printed.pdf"
    busy: list[bool] = []
    service.busy_changed.connect(busy.append)
    with qtbot.waitSignal(service.printed, timeout=60_000) as printed:
        service.request_print(handout({"region": Region.KNEE}), pdf_printer(target))
    assert printed.args is not None and printed.args[1] == len(PdfReader(target).pages) > 0
    assert pdf_loads == [True]
    assert busy == [True, False]  # busy from the render to the last page, in one piece
    service.shutdown()


def test_closing_while_the_print_is_rendered_still_prints(
    qtbot: QtBot, renderer: Renderer, tmp_path: Path
) -> None:
    """As a save is let finish when the window closes, so is a print: its PDF being made
    then, its pages are drawn before the service stops."""
    service = RenderService(renderer)
    target = tmp_path / "printed.pdf"
    service.request_print(handout({"region": Region.KNEE}), pdf_printer(target))
    service.shutdown()
    assert len(PdfReader(target).pages) > 0
