"""The guard against PySide6 6.12.0 dropping references to None and True (it aborted the app)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click
from ui import refcounts
from ui.main_window import MainWindow
from ui.presets import PRESETS


class Sender(QObject):
    changed = Signal(int)


def test_void_calls_and_emits_do_not_wear_out_none_and_true(window: MainWindow) -> None:
    sender = Sender()
    received: list[int] = []
    sender.changed.connect(received.append)
    refcounts.top_up()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(3000):
        sender.setObjectName(f"sender {number}")
        sender.changed.emit(number)
    refcounts.top_up()
    assert received == list(range(3000))
    assert sys.getrefcount(None) >= none_before
    assert sys.getrefcount(True) >= true_before


def test_a_long_session_of_clicks_keeps_none_alive(qtbot: QtBot, window: MainWindow) -> None:
    refcounts.top_up()
    before = sys.getrefcount(None)
    for _ in range(60):
        for preset in PRESETS:
            click(qtbot, window.preset_buttons[preset.name])
        window.new_action.trigger()
    # Unguarded, each click took about 70 references from None: over 25,000 here.
    assert sys.getrefcount(None) > before - 500
