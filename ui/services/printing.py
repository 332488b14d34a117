"""Printing: the handout's PDF pages drawn onto a QPrinter, at no more than 300 dpi.

The drawing runs as a job, off the GUI thread (painting on a QPrinter is allowed there), but
every QObject it needs is made and deleted on the GUI thread (`PrintJob`). A worker thread
holds Python's GIL through each Qt call; if such a call takes one of Qt's own locks (making,
connecting or deleting a QObject, loading a Qt plugin) while the GUI thread holds that lock
and waits for the GIL (PySide looks for Python overrides as objects are deleted), both wait
forever. It happened once in the tests: a reprint while a window was being deleted.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtPdf import QPdfDocument
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


class PrintJob:
    """One print: made on the GUI thread, `run` in a worker, `close` back on the GUI thread."""

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QObject) -> None:
        # Qt's image-format plugins, which drawing an image onto a PDF printer asks for, are
        # made here, on the GUI thread, not by the worker's first page.
        QImageWriter.supportedImageFormats()
        # A child of `parent`: never deleted by Python's collector in the worker either.
        self._document, self._buffer = load_pdf(pdf, parent)
        self._printer = printer

    def run(self) -> int:
        """In the worker: draw the pages; the number of pages printed."""
        return print_document(self._document, self._printer)

    def close(self) -> None:
        """On the GUI thread, once the worker is done (or failed)."""
        self._document.deleteLater()


def print_pdf(pdf: bytes, printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """Draw every page of `pdf` onto `printer`, all in the calling thread; return the number
    of pages printed. The window prints through `PrintJob`."""
    document, _buffer = load_pdf(pdf)
    return print_document(document, printer, max_dpi)


def print_document(document: QPdfDocument, printer: QPrinter, max_dpi: int = MAX_DPI) -> int:
    """Draw every page of `document` onto `printer`; makes no QObject (see the module's
    docstring). Returns the number of pages printed."""
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
