"""New (Ctrl+N): asks first when the handout was not saved, printed or sent; an Undo button
in the status bar puts the form back for a few seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Region, Sign
from tests.ui.clicks import click
from tests.ui.conftest import Questions
from tests.ui.support import RENDER_TIMEOUT_MS
from ui.dialogs.files import SaveDialog
from ui.window import new_handout
from ui.window.main_window import MainWindow


def ctrl_n(qtbot: QtBot, window: MainWindow) -> None:
    field = window.form.patient_edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def fill(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Sprained ankle"])
    qtbot.keyClicks(window.form.note_edit, "See you Tuesday")


def test_ctrl_n_asks_first_and_undo_puts_the_form_back(
    qtbot: QtBot, window: MainWindow, questions: Questions
) -> None:
    fill(qtbot, window)
    before = window.form.values()
    questions.answer = False
    ctrl_n(qtbot, window)
    assert len(questions.asked) == 1 and "not been saved, printed or sent" in questions.asked[0]
    assert window.form.values() == before

    questions.answer = True
    ctrl_n(qtbot, window)
    assert window.form.values().region is None
    assert window.form.values().patient == ""
    undo = window.new_form.undo_button
    assert undo.isVisible()
    assert undo in window.statusBar().findChildren(QWidget)
    click(qtbot, undo)
    values = window.form.values()
    assert values == before
    assert values.region is Region.ANKLE_FOOT and Sign.SWELLING in values.signs
    assert values.note == "See you Tuesday"
    assert not undo.isVisible()


def test_the_undo_button_goes_after_a_few_seconds(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(new_handout, "UNDO_MS", 50)
    fill(qtbot, window)
    ctrl_n(qtbot, window)
    assert window.new_form.undo_button.isVisible()
    qtbot.waitUntil(lambda: not window.new_form.undo_button.isVisible(), timeout=5000)
    assert window.form.values().region is None


def save(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Save the handout as a clinician would, the save dialog answering `target`."""
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, start: (target, True)))
    with qtbot.waitSignal(window.saved, timeout=RENDER_TIMEOUT_MS):
        window.save_action.trigger()


def test_no_question_once_the_handout_was_saved(
    qtbot: QtBot,
    rendering_window: MainWindow,
    questions: Questions,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = rendering_window
    fill(qtbot, window)
    save(qtbot, window, monkeypatch, tmp_path / "jane.pdf")
    ctrl_n(qtbot, window)
    assert questions.asked == []
    assert window.form.values().region is None
    assert window.new_form.undo_button.isVisible()


def test_a_change_after_saving_asks_again(
    qtbot: QtBot,
    rendering_window: MainWindow,
    questions: Questions,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = rendering_window
    fill(qtbot, window)
    save(qtbot, window, monkeypatch, tmp_path / "jane.pdf")
    click(qtbot, window.form.sign_box(Sign.WARMTH))
    ctrl_n(qtbot, window)
    assert len(questions.asked) == 1
