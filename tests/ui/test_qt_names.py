"""Qt's namespace enums stay out of the window's start-up (see ui.qt_names)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from tests.conftest import run_python, run_window
from ui.qt_names import set_by_name


def test_an_enum_property_is_set_by_the_names_of_its_keys(qtbot: QtBot) -> None:
    button, label = QRadioButton("Knee"), QLabel("12 / 500")
    qtbot.addWidget(button)
    qtbot.addWidget(label)
    set_by_name(button, "focusPolicy", "ClickFocus")
    set_by_name(label, "alignment", "AlignRight|AlignBottom")
    assert button.focusPolicy() == Qt.FocusPolicy.ClickFocus
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom


def test_a_name_qt_does_not_know_is_an_error(qtbot: QtBot) -> None:
    button = QRadioButton("Knee")
    qtbot.addWidget(button)
    with pytest.raises(ValueError, match="focusPolicy 'Clickfocus'"):
        set_by_name(button, "focusPolicy", "Clickfocus")
    with pytest.raises(ValueError, match="no tabStop"):
        set_by_name(button, "tabStop", "ClickFocus")


def test_the_window_starts_without_making_qt_s_namespace_enums(private_folders: Path) -> None:
    """Any of Qt's namespace enums used from Python makes PySide6 build all 94 of them (1,199
    members), about 13 ms: the window is built and shown without one."""
    first = "import PySide6.QtCore as core\n"
    # private_folders: offscreen, and the test's own settings.
    assert run_window(first, after='print("Qt" in vars(core))\n').split() == ["False"]


def test_the_namespace_is_made_ready_once_the_window_is_up() -> None:
    """Not before the event loop's first idle moment (where start-up ends: a zero-delay timer
    set after it still finds the enums unmade), but just after, so that the first click does
    not wait for them."""
    program = textwrap.dedent(
        """
        import PySide6.QtCore as core
        import PySide6.QtWidgets as widgets
        from PySide6.QtCore import QEventLoop, QTimer
        from ui.qt_names import make_ready_after_start_up
        app = widgets.QApplication([])
        make_ready_after_start_up()
        first_idle = []
        QTimer.singleShot(0, lambda: first_idle.append("Qt" in vars(core)))
        loop = QEventLoop()
        QTimer.singleShot(100, loop.quit)
        loop.exec()
        print(*first_idle, "Qt" in vars(core))
        """
    )
    assert run_python(program, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).split() == [
        "False",
        "True",
    ]
