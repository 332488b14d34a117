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
