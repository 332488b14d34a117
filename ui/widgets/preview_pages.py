"""The preview's pages: a scroll area that only paints page images, rendered by QtPdf's own
render thread at the size they are shown, page 1 first.

Why not QPdfView: it loads and lays out the new document in the GUI thread while its render
thread holds PDFium's one lock, and a PDF page rendered from Python holds the interpreter
lock; either stalled the GUI thread for 10 to 30 ms on each preview. Here the GUI thread
loads a document only while the render thread is idle (a newer PDF waits for that), and
never renders: it draws finished images. Until a page's new image comes, the one before it
is drawn in its place (greyed by the pane's "updating…" overlay).
"""

from __future__ import annotations

import enum
import logging

from PySide6.QtCore import QBuffer, QObject, QPoint, QRect, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from ui.pdf import READY, load_pdf

logger = logging.getLogger(__name__)

MARGIN = 6  # around the pages, in pixels
SPACING = 6  # between two pages
POINTS_PER_INCH = 72
SCROLL_STEP = 20


class PageView(QAbstractScrollArea):
    """Pages of one PDF, one under the other; `shown(pages)` once a new PDF's first page is
    painted, `unreadable()` when a PDF cannot be read (the pages before it stay)."""

    shown = Signal(int)
    unreadable = Signal()

    class ZoomMode(enum.Enum):
        Custom = 0
        FitToWidth = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there: a scroll bar coming or going would change the width of the pages, and
        # render them all again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(SCROLL_STEP)
        self.horizontalScrollBar().setSingleStep(SCROLL_STEP)
        self._zoom_mode = PageView.ZoomMode.FitToWidth
        self._zoom = 1.0
        self._renderer = QPdfPageRenderer(self)
        self._renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self._renderer.pageRendered.connect(self._on_rendered)
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self._retired: QObject | None = None
        self._waiting: bytes | None = None  # a PDF to load once the render thread is idle
        self._sizes: list[QSizeF] = []  # each page's size in points
        self._generation = 0  # one more with each document loaded
        # Each page's latest image, with the generation it was rendered for: an image of the
        # document before is drawn until the new one comes.
        self._images: dict[int, tuple[int, QImage]] = {}
        self._asked: dict[int, tuple[int, QSize]] = {}  # request id -> (page, pixel size)
        self._announced = True

    # ---- the small API the zoom and the tests use (as QPdfView's) ----------------------

    def zoomMode(self) -> PageView.ZoomMode:
        return self._zoom_mode

    def setZoomMode(self, mode: PageView.ZoomMode) -> None:
        self._zoom_mode = mode
        self._relayout()

    def zoomFactor(self) -> float:
        """The zoom on show (1.0 is the page's real size), also while fitting the width."""
        if self._zoom_mode is PageView.ZoomMode.FitToWidth and self._sizes:
            widest = max(size.width() for size in self._sizes) * self._pixels_per_point()
            return max(1.0, self.viewport().width() - 2 * MARGIN) / widest
        return self._zoom

    def setZoomFactor(self, factor: float) -> None:
        self._zoom = factor
        self._relayout()

    def page_image(self, page: int) -> QImage:
        """The image drawn for `page` (a null image before its first one is rendered)."""
        return self._images.get(page, (0, QImage()))[1]

    def document(self) -> QPdfDocument | None:
        """The PDF whose pages are on show (or on their way)."""
        return self._document

    # ---- loading ------------------------------------------------------------------------

    def set_pdf(self, pdf: bytes) -> None:
        """Show `pdf` in place of the pages on show, keeping the scroll position."""
        self._waiting = pdf
        if not self._asked:
            self._load_waiting()

    def _load_waiting(self) -> None:
        pdf, self._waiting = self._waiting, None
        if pdf is None:
            return
        document, buffer = load_pdf(pdf, self)
        if document.status() is not READY or document.pageCount() < 1:
            document.deleteLater()
            self.unreadable.emit()
            return
        self._renderer.setDocument(document)
        # Deleted one round later: the render thread may still hold on to it until then.
        if self._retired is not None:
            self._retired.deleteLater()
        self._retired = self._document
        self._document, self._buffer = document, buffer
        self._sizes = [document.pagePointSize(page) for page in range(document.pageCount())]
        self._generation += 1
        pages = len(self._sizes)
        self._images = {page: kept for page, kept in self._images.items() if page < pages}
        self._announced = False
        self._relayout()

    # ---- layout and rendering -----------------------------------------------------------

    def _pixels_per_point(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def _page_size(self, page: int) -> QSize:
        scale = self.zoomFactor() * self._pixels_per_point()
        size = self._sizes[page] * scale
        return QSize(max(1, round(size.width())), max(1, round(size.height())))

    def _page_rects(self) -> list[QRect]:
        """Each page's place in the document's coordinates (before scrolling)."""
        sizes = [self._page_size(page) for page in range(len(self._sizes))]
        width = max((size.width() for size in sizes), default=0) + 2 * MARGIN
        rects, top = [], MARGIN
        for size in sizes:
            left = max(MARGIN, (max(width, self.viewport().width()) - size.width()) // 2)
            rects.append(QRect(QPoint(left, top), size))
            top += size.height() + SPACING
        return rects

    def _relayout(self) -> None:
        rects = self._page_rects()
        width = max((rect.right() + 1 for rect in rects), default=0) + MARGIN
        height = (rects[-1].bottom() + 1 + MARGIN) if rects else 0
        viewport = self.viewport().size()
        for bar, total, shown in (
            (self.horizontalScrollBar(), width, viewport.width()),
            (self.verticalScrollBar(), height, viewport.height()),
        ):
            bar.setRange(0, max(0, total - shown))
            bar.setPageStep(shown)
        self._request_images()
        self.viewport().update()

    def _request_images(self) -> None:
        """Ask the render thread for every page at its size on screen, page 1 first."""
        if self._document is None:
            return
        ratio = self.devicePixelRatioF()
        for page in range(len(self._sizes)):
            wanted = self._page_size(page) * ratio
            generation, image = self._images.get(page, (0, QImage()))
            if generation == self._generation and image.size() == wanted:
                continue
            if (page, wanted) in self._asked.values():
                continue
            request = self._renderer.requestPage(page, wanted, QPdfDocumentRenderOptions())
            self._asked[request] = (page, wanted)

    def _on_rendered(
        self,
        page: int,
        size: QSize,
        image: QImage,
        _options: QPdfDocumentRenderOptions,
        request: int,
    ) -> None:
        self._asked.pop(request, None)
        if page < len(self._sizes):
            image.setDevicePixelRatio(self.devicePixelRatioF())
            self._images[page] = (self._generation, image)
            self.viewport().update()
            if page == 0 and not self._announced and self._waiting is None:
                self._announced = True
                self.shown.emit(len(self._sizes))
        if not self._asked and self._waiting is not None:
            self._load_waiting()

    # ---- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        offset = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        for page, rect in enumerate(self._page_rects()):
            target = rect.translated(-offset)
            if not target.intersects(event.rect()):
                continue
            # The paper: PDFium leaves what the page does not paint transparent.
            painter.fillRect(target, QColor(Qt.GlobalColor.white))
            if page in self._images:
                painter.drawImage(target, self._images[page][1])
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()
