"""On a small screen (1280x720) the window fits: the form scrolls as one pane, and the
action buttons and the status bar stay in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Caution
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
