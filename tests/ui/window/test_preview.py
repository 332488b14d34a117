"""The live preview follows the form: real WeasyPrint PDFs, rendered off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, save_profile
from handouts.render import Renderer
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS, preview_text
from ui.window.main_window import MainWindow


@pytest.fixture
def window(rendering_window: MainWindow) -> MainWindow:
    """These tests render: in this process, with the session's Renderer (quick)."""
    return rendering_window


def test_the_preview_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    assert window.preview.document() is None
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS) as blocker:
        click(qtbot, window.preset_buttons["Back flare-up"])
    assert blocker.args is not None
    assert 1 <= blocker.args[0] <= 2
    assert "low back" in preview_text(window).lower()
    assert window.preview.state() == "ready"
    assert window.preview.status_label.text() == "Preview up to date"

    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
        assert window.preview.state() == "stale"
    text = preview_text(window).lower()
    assert "ankle" in text
    assert "low back" not in text


def test_rapid_changes_end_with_the_last_one_shown(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        for name in ("Back flare-up", "Knee injury", "Stiff neck", "Sprained ankle"):
            click(qtbot, window.preset_buttons[name])
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)
    assert "ankle" in preview_text(window).lower()


def test_a_bad_logo_is_reported_without_a_crash(
    qtbot: QtBot, make_window: Callable[..., MainWindow], renderer: Renderer, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture", encoding="utf-8")
    save_profile(ClinicProfile(name="Riverside Physio", logo=str(logo)))
    window = make_window(renderer=renderer)
    click(qtbot, window.preset_buttons["Stiff neck"])
    qtbot.waitUntil(lambda: window.preview.state() == "failed", timeout=RENDER_TIMEOUT_MS)
    assert "logo" in window.preview.status_label.text()
    assert window.banner.title() == "Heat"


def test_a_stale_preview_is_greyed_out_until_the_new_one_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Back flare-up"])
    overlay = window.preview.updating
    assert not overlay.isVisible()
    view = window.preview.view
    assert view is not None
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
        assert window.banner.title() == "Ice, then heat"
        assert overlay.isVisible()
        assert "updating" in overlay.text()
        covered = overlay.geometry()
        assert covered.contains(view.geometry().center())
        assert covered.width() >= view.width() and covered.height() >= view.height()
        grey = window.preview.grab().toImage().pixelColor(window.preview.rect().center())
        assert abs(grey.red() - grey.green()) < 16 and grey.lightness() < 200
    assert not overlay.isVisible()
    assert "ankle" in preview_text(window).lower()


def test_no_overlay_over_a_message(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Back flare-up"])
    window.new_form.trigger()
    assert not window.preview.updating.isVisible()


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_the_preview_zooms_with_the_keys_and_the_wheel(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Back flare-up"])
    view = window.preview.view
    assert view is not None
    assert view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    fitted = window.preview.zoom.factor()

    press(qtbot, window.form.patient_edit, Qt.Key.Key_Plus)
    assert view.zoomMode() is QPdfView.ZoomMode.Custom
    assert view.zoomFactor() == pytest.approx(fitted * 1.25)
    press(qtbot, window.form.note_edit, Qt.Key.Key_Minus)
    press(qtbot, window.form.note_edit, Qt.Key.Key_Minus)
    assert view.zoomFactor() == pytest.approx(fitted / 1.25)

    before = view.zoomFactor()
    point = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        point,
        view.viewport().mapToGlobal(point),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoomFactor() == pytest.approx(before * 1.25)

    fit = window.preview.zoom.fit
    assert fit.text().replace("&", "") == "Fit width"
    assert fit in window.view_menu.actions()
    fit.trigger()
    assert view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_the_zoom_keys_are_qt_s_standard_ones(window: MainWindow) -> None:
    zoom = window.preview.zoom
    for action, standard in (
        (zoom.zoom_in, QKeySequence.StandardKey.ZoomIn),
        (zoom.zoom_out, QKeySequence.StandardKey.ZoomOut),
    ):
        assert QKeySequence.keyBindings(standard)
        for keys in QKeySequence.keyBindings(standard):
            assert keys in action.shortcuts()
