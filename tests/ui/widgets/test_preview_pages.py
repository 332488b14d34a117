"""The preview's pages: real handout PDFs drawn from images QtPdf renders off the GUI thread,
at the size they are shown, page 1 first; a newer PDF waits for the render thread."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from handouts.decision import decide
from handouts.model import Presentation
from handouts.render import Handout, Renderer
from tests.ui.support import RENDER_TIMEOUT_MS
from ui import style
from ui.widgets.preview_pages import MARGIN, PageView


def _pdf(renderer: Renderer, presentation: Presentation) -> bytes:
    handout = Handout(presentation, decide(presentation), date=datetime.date(2026, 11, 23))
    return renderer.pdf(handout, preview=True)


@pytest.fixture(scope="module")
def neck_pdf(renderer: Renderer) -> bytes:
    return _pdf(renderer, Presentation(region="neck", onset="gradual", signs=["stiffness"]))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def ankle_pdf(renderer: Renderer) -> bytes:
    presentation = Presentation(region="ankle-foot", onset="injury", days=10, signs=["swelling"])  # type: ignore[arg-type]
    return _pdf(renderer, presentation)


@pytest.fixture
def view(qtbot: QtBot) -> PageView:
    view = PageView()
    view.setStyleSheet(style.PREVIEW_VIEW_STYLE)  # as the preview pane shows it
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    return view


def _text(view: PageView) -> str:
    document = view.document()
    assert document is not None
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def _show(qtbot: QtBot, view: PageView, pdf: bytes) -> int:
    with qtbot.waitSignal(view.shown, timeout=RENDER_TIMEOUT_MS) as blocker:
        view.set_pdf(pdf)
    assert blocker.args is not None
    return int(blocker.args[0])


def test_the_first_page_is_painted_across_the_width(
    qtbot: QtBot, view: PageView, neck_pdf: bytes
) -> None:
    pages = _show(qtbot, view, neck_pdf)
    assert pages == len(PdfReader(io.BytesIO(neck_pdf)).pages)
    assert "neck" in _text(view).lower()
    painted = view.viewport().grab().toImage()
    middle = painted.height() // 2
    # The page fills the width but the margins; the background shows in the margin.
    assert painted.pixelColor(MARGIN + 2, middle) == QColor(Qt.GlobalColor.white)
    assert painted.pixelColor(painted.width() - MARGIN - 3, middle) == QColor(Qt.GlobalColor.white)
    assert painted.pixelColor(MARGIN // 2, middle) == QColor(style.PREVIEW_BACKGROUND)
    # The page is drawn, not only blank paper: some of its pixels are dark (text).
    dark = [
        painted.pixelColor(x, y).lightness() < 100
        for x in range(0, painted.width(), 3)
        for y in range(0, painted.height(), 3)
    ]
    assert any(dark)


def test_each_page_is_rendered_at_the_size_it_is_shown(
    qtbot: QtBot, view: PageView, neck_pdf: bytes
) -> None:
    _show(qtbot, view, neck_pdf)
    fitted = view.zoomFactor()
    assert fitted == pytest.approx(
        (view.viewport().width() - 2 * MARGIN)
        / (view.document().pagePointSize(0).width() * view.logicalDpiX() / 72),  # type: ignore[union-attr]
        rel=0.01,
    )
    first = view.page_image(0)
    assert first.width() == pytest.approx(
        (view.viewport().width() - 2 * MARGIN) * view.devicePixelRatioF(), abs=1
    )
    view.setZoomMode(PageView.ZoomMode.Custom)
    view.setZoomFactor(fitted * 2)
    qtbot.waitUntil(
        lambda: view.page_image(0).width() == pytest.approx(first.width() * 2, abs=2),
        timeout=RENDER_TIMEOUT_MS,
    )


def test_a_newer_pdf_given_while_pages_render_is_the_one_shown(
    qtbot: QtBot, view: PageView, neck_pdf: bytes, ankle_pdf: bytes
) -> None:
    shown: list[int] = []
    view.shown.connect(shown.append)
    with qtbot.waitSignal(view.shown, timeout=RENDER_TIMEOUT_MS):
        view.set_pdf(neck_pdf)
        view.set_pdf(ankle_pdf)
    qtbot.waitUntil(lambda: "ankle" in _text(view).lower(), timeout=RENDER_TIMEOUT_MS)
    assert "neck" not in _text(view).lower()
    assert shown == [len(PdfReader(io.BytesIO(ankle_pdf)).pages)]


def test_unreadable_bytes_leave_the_pages_on_show(
    qtbot: QtBot, view: PageView, neck_pdf: bytes
) -> None:
    _show(qtbot, view, neck_pdf)
    with qtbot.waitSignal(view.unreadable, timeout=RENDER_TIMEOUT_MS):
        view.set_pdf(b"%PDF-1.7 not really")
    assert "neck" in _text(view).lower()


def test_the_scroll_position_is_kept_and_the_keys_scroll(
    qtbot: QtBot, view: PageView, neck_pdf: bytes, ankle_pdf: bytes
) -> None:
    _show(qtbot, view, neck_pdf)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # a page at the width is taller than the view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    scrolled = bar.value()
    assert scrolled > 0
    _show(qtbot, view, ankle_pdf)
    assert bar.value() == min(scrolled, bar.maximum())
