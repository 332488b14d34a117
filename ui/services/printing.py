"""Printing: the handout's PDF pages drawn onto a QPrinter, at no more than 300 dpi.

Runs as a render job, off the GUI thread (painting on a QPrinter is allowed off the GUI thread).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from ui.pdf import READY, load_pdf

logger = logging.getLogger(__name__)

MAX_DPI = 300


class PrintFailed(Exception):
    """Printing did not work; the message says what to do."""


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """0-based page numbers, honouring a page range chosen in the print dialog."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        last = last or page_count
        return [page for page in range(first - 1, min(last, page_count))]
    return list(range(page_count))


def print_pdf(pdf: bytes, printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """Draw every page of `pdf` onto `printer`; return the number of pages printed."""
    document, _buffer = load_pdf(pdf)
    if document.status() is not READY or document.pageCount() == 0:
        raise PrintFailed("The handout could not be prepared for printing. Try again.")
    pages = pages_to_print(printer, document.pageCount())
    if not pages:
        raise PrintFailed(
            f"The page range chosen has no pages. Choose pages 1 to {document.pageCount()}."
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            "The printer could not be started. Check that it is switched on and connected, "
            "or choose another printer."
        )
    dpi = min(max_dpi, printer.resolution())
    try:
        for index, page in enumerate(pages):
            if index and not printer.newPage():
                raise PrintFailed(
                    "The printer stopped taking pages. Check the printer and try again."
                )
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(
                page, size, format=QImage.Format.Format_RGB32, fillColor=Qt.GlobalColor.white
            )
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = target.x() + (target.width() - scaled.width()) // 2
            y = target.y() + (target.height() - scaled.height()) // 2
            painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return len(pages)
