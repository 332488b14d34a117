"""The window with the keyboard only: every check box and every radio group is reached with
Tab, a radio group is one stop on its checked button, the arrows move inside it, and the
control that has focus shows a clear ring."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Caution, Region
from tests.ui.clicks import click
from ui.window.main_window import MainWindow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab_round(qtbot: QtBot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; every widget focus landed on."""
    start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen: list[QWidget] = []
    for _ in range(200):
        qtbot.keyClick(focused(), key)
        if focused() is start:
            return seen
        seen.append(focused())
    raise AssertionError("Tab never came back to where it started")


def test_tab_reaches_every_check_box_and_every_radio_group(
    qtbot: QtBot, window: MainWindow
) -> None:
    click(qtbot, window.preset_buttons["Sprained ankle"])
    seen = tab_round(qtbot, window.form.patient_edit)
    form_buttons = [w for w in window.form.focus_order() if isinstance(w, QAbstractButton)]
    boxes = [b for b in form_buttons if isinstance(b, QCheckBox)]
    radios = [b for b in form_buttons if isinstance(b, QRadioButton)]
    assert len(boxes) == 6 + 2 + 7
    for box in boxes:
        assert seen.count(box) == 1, box.accessibleName()
    landed = [w for w in seen if isinstance(w, QRadioButton)]
    assert all(radio.isChecked() for radio in landed), [r.accessibleName() for r in landed]
    groups = {radio.group() for radio in radios}
    assert len(groups) == 5  # where it hurts, side, how it started, preference, choice
    assert {radio.group() for radio in landed} == groups
    assert len(landed) == len(groups)
    assert window.form.region_button(Region.ANKLE_FOOT) in landed
    assert window.form.days_spin in seen

    backwards = tab_round(qtbot, window.form.patient_edit, Qt.Key.Key_Backtab)
    assert [w for w in backwards if w in boxes or w in radios] == [
        w for w in reversed(seen) if w in boxes or w in radios
    ]


def test_arrow_keys_move_inside_a_radio_group(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.form.region_button(Region.NECK))
    neck = window.form.region_button(Region.NECK)
    neck.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is neck)
    qtbot.keyClick(neck, Qt.Key.Key_Down)
    moved_to = focused()
    assert isinstance(moved_to, QRadioButton) and moved_to is not neck
    assert moved_to.isChecked() and not neck.isChecked()
    assert window.form.values().region is not Region.NECK
    qtbot.keyClick(moved_to, Qt.Key.Key_Tab)
    assert not isinstance(focused(), QRadioButton) or focused().group() is not neck.group()


def test_focus_never_lands_on_an_unselected_radio_after_a_preset(
    qtbot: QtBot, window: MainWindow
) -> None:
    click(qtbot, window.preset_buttons["Stiff neck"])
    click(qtbot, window.preset_buttons["Knee injury"])
    seen = tab_round(qtbot, window.form.patient_edit)
    assert window.form.region_button(Region.KNEE) in seen
    assert window.form.region_button(Region.NECK) not in seen
    assert all(w.isChecked() for w in seen if isinstance(w, QRadioButton))


def test_space_ticks_the_check_box_that_tab_reached(qtbot: QtBot, window: MainWindow) -> None:
    box = window.form.caution_box(Caution.PREGNANCY)
    seen = tab_round(qtbot, window.form.patient_edit)
    assert box in seen
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert Caution.PREGNANCY in window.form.values().cautions


def ring_pixels(box: QWidget) -> int:
    """How many pixels of the box's edge are in the theme's highlight colour."""
    image = box.grab().toImage()
    highlight = box.palette().color(box.palette().ColorRole.Highlight)
    edge = [(x, 1) for x in range(image.width())] + [(1, y) for y in range(image.height())]
    return sum(1 for x, y in edge if image.pixelColor(x * image.devicePixelRatio(), y) == highlight)


def contrast(first: QColor, second: QColor) -> float:
    def luminance(colour: QColor) -> float:
        channels = [colour.redF(), colour.greenF(), colour.blueF()]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_tick_shows_a_clear_ring(
    qtbot: QtBot, make_window: Callable[..., MainWindow], theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if theme == "dark":
        palette = QPalette(QColor("#2b2b2b"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
        app.setPalette(palette)
    try:
        window = make_window()
        box = window.form.caution_box(Caution.NUMBNESS)
        other = window.form.caution_box(Caution.CANCER)
        tab_round(qtbot, window.form.patient_edit)
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
        assert ring_pixels(box) > box.width()
        assert ring_pixels(other) == 0
        background = box.palette().color(QPalette.ColorRole.Window)
        highlight = box.palette().color(QPalette.ColorRole.Highlight)
        assert contrast(background, highlight) >= 3.0
    finally:
        app.setPalette(before)


def test_the_ring_moves_with_focus_and_nothing_shifts(qtbot: QtBot, window: MainWindow) -> None:
    first = window.form.caution_box(Caution.NUMBNESS)
    second = window.form.caution_box(Caution.PREGNANCY)
    places = [box.geometry() for box in (first, second)]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is second)
    assert ring_pixels(second) > second.width()
    assert ring_pixels(first) == 0
    assert [box.geometry() for box in (first, second)] == places


def darkest(widget: QWidget) -> QColor:
    image = widget.grab().toImage()
    colours = (
        image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(image.height())
    )
    return min(colours, key=lambda colour: colour.lightness())


def test_the_banner_and_the_preview_line_are_readable_in_a_dark_theme(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    palette = QPalette(QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    app.setPalette(palette)
    try:
        window = make_window()
        click(qtbot, window.preset_buttons["Sprained ankle"])
        reasons = window.banner.reasons_label
        assert reasons.isVisible()
        assert contrast(darkest(reasons), QColor("white")) >= 4.5
        status = window.preview.status_label
        background = status.palette().color(QPalette.ColorRole.Window)
        text = QColor(status.styleSheet().split("color:")[1].strip().rstrip(";"))
        assert contrast(text, background) >= 4.5
    finally:
        app.setPalette(before)
