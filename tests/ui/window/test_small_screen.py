"""On a small screen (1280x720) the window fits: the form scrolls as one pane, and the
action buttons and the status bar stay in view."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Caution
from tests.conftest import run_python
from ui.window.main_window import MainWindow
from ui.window.state import DEFAULT_SIZE


def shown_in(widget: QWidget, window: QWidget) -> bool:
    """The whole widget lies inside the window's client area, and is visible."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def in_viewport(widget: QWidget, window: MainWindow) -> bool:
    viewport = window._form_scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_a_fresh_window_is_never_bigger_than_the_screen(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_at_1280x720_the_form_scrolls_and_the_actions_stay_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.height() == 720)
    buttons = [
        button
        for action in (window.save_action, window.print_action, window.email_action)
        if isinstance(button := window.toolbar.widgetForAction(action), QToolButton)
    ]
    assert len(buttons) == 3
    last = window.form.caution_box(Caution.PREGNANCY)
    first = window.form.patient_edit
    for target in (last, first):
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda target=target: QApplication.focusWidget() is target)
        qtbot.waitUntil(lambda target=target: in_viewport(target, window))
        for button in buttons:
            assert shown_in(button, window)
        assert shown_in(window.statusBar(), window)
    # One pane: the presets and the form scroll together; the preview is not in it.
    assert window._form_scroll.isAncestorOf(window.preset_buttons["Back flare-up"])
    assert window._form_scroll.isAncestorOf(last)
    assert not window._form_scroll.isAncestorOf(window.preview)


def test_with_room_the_whole_form_fits_without_scrolling(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.size().toTuple() == DEFAULT_SIZE)
    assert window._form_scroll.verticalScrollBar().maximum() == 0


# Noto Sans, the default sans-serif once the README's desktop fonts (fonts-noto-core) are
# installed, sets its lines 17 px apart at 9 pt; DejaVu Sans, which the tests' machine has,
# 14 px. DejaVu cannot be set to 17 px lines (16, then 18): 16 is the nearest below.
TALL_LINE_PX = 16


@pytest.fixture
def tall_font() -> Iterator[int]:
    """The application's font, made big enough for lines at least TALL_LINE_PX apart (a font
    already that tall is left as it is); the old font is put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old = app.font()
    font = app.font()
    while QFontMetrics(font).lineSpacing() < TALL_LINE_PX:
        font.setPointSizeF(font.pointSizeF() + 0.25)
    app.setFont(font)
    try:
        yield QFontMetrics(font).lineSpacing()
    finally:
        app.setFont(old)


def test_with_room_the_whole_form_fits_in_a_taller_font_too(
    qtbot: QtBot, tall_font: int, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    assert window.form.patient_edit.fontMetrics().lineSpacing() == tall_font
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.size().toTuple() == DEFAULT_SIZE)
    assert window._form_scroll.verticalScrollBar().maximum() == 0


# A first start, as the app makes its window, on a 1920x1200 screen (Qt's offscreen platform
# takes its screens from a file), with the desktop's font at GNOME's 11 pt.
FIRST_START = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
font = app.font()
font.setPointSizeF(float(sys.argv[1]))
app.setFont(font)
from ui.window.main_window import MainWindow
window = MainWindow(warm_up=False)
window.show()
for _ in range(5):
    app.processEvents()
scroll = window._form_scroll
print(json.dumps({
    "size": window.size().toTuple(),
    "scrolls_by": scroll.verticalScrollBar().maximum(),
    "screen": window.screen().availableGeometry().size().toTuple(),
}))
"""


def first_start(tmp_path: Path, screen: tuple[int, int], point_size: float) -> dict[str, object]:
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {"screens": [{"name": "Desk", "x": 0, "y": 0, "width": width, "height": height}]}
        ),
        encoding="utf-8",
    )
    printed = run_python(
        FIRST_START,
        str(point_size),
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"},
    )
    answer: dict[str, object] = json.loads(printed.strip().splitlines()[-1])
    return answer


def test_a_first_start_grows_to_show_the_whole_form_in_a_larger_desktop_font(
    tmp_path: Path,
) -> None:
    shown = first_start(tmp_path, (1920, 1200), 11)
    assert shown["screen"] == [1920, 1200]
    assert shown["scrolls_by"] == 0
    width, height = shown["size"]  # type: ignore[misc]
    assert width == DEFAULT_SIZE[0] and DEFAULT_SIZE[1] < height <= 1200


def test_a_first_start_never_grows_past_the_screen(tmp_path: Path) -> None:
    shown = first_start(tmp_path, (1920, 1000), 11)
    width, height = shown["size"]  # type: ignore[misc]
    assert height <= 1000 and width == DEFAULT_SIZE[0]


def test_a_first_start_whose_form_fits_keeps_the_default_size(tmp_path: Path) -> None:
    """The form is measured as the window is shown, laid out at its real size: with Qt's
    default font it fits, and the window stays as it was made."""
    shown = first_start(tmp_path, (1920, 1200), 9)
    assert shown["scrolls_by"] == 0
    assert shown["size"] == list(DEFAULT_SIZE)
