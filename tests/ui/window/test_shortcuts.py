"""Every shortcut works from every field, or says in the status bar why it cannot act."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Caution, Choice, Region
from tests.ui.clicks import click
from ui.dialogs.email.dialog import EmailDialog
from ui.dialogs.email.request import EmailRequest
from ui.dialogs.files import PrintDialog, SaveDialog
from ui.window.main_window import MainWindow


def fields(window: MainWindow) -> list[QWidget]:
    form = window.form
    return [
        form.patient_edit,
        form.note_edit,
        form.region_button(Region.NECK),
        form.caution_box(Caution.NUMBNESS),
    ]


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    key, modifier = {
        "Ctrl+N": (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        "Ctrl+S": (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        "Ctrl+P": (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        "Ctrl+E": (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),
        "Ctrl+2": (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier),
    }[keys]
    qtbot.keyClick(widget, key, modifier)


def test_ctrl_e_from_the_patient_field_on_a_fresh_start_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    press(qtbot, window.form.patient_edit, "Ctrl+E")
    message = window.statusBar().currentMessage()
    assert message.startswith("Email is not possible yet")
    assert "pick where it hurts" in message
    assert window.form.patient_edit.text() == "Jane Doe"


@pytest.mark.parametrize(("keys", "name"), [("Ctrl+S", "Save PDF"), ("Ctrl+P", "Print")])
def test_keys_without_a_handout_say_why_from_every_field(
    qtbot: QtBot, window: MainWindow, keys: str, name: str
) -> None:
    for field in fields(window):
        window.statusBar().clearMessage()
        press(qtbot, field, keys)
        assert window.statusBar().currentMessage().startswith(f"{name} is not possible yet")


def test_a_refused_choice_is_the_reason_given(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.form.region_button(Region.NECK))
    click(qtbot, window.form.caution_box(Caution.NUMBNESS))
    click(qtbot, window.form.choice_button(Choice.ICE))
    assert not window.save_action.isEnabled()
    press(qtbot, window.form.note_edit, "Ctrl+S")
    assert "refused" in window.statusBar().currentMessage()


def test_every_shortcut_acts_from_every_field(
    qtbot: QtBot, rendering_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = rendering_window
    asked: list[str] = []
    monkeypatch.setattr(
        SaveDialog,
        "ask",
        classmethod(lambda cls, parent, suggested: asked.append("save") or (None, False)),
    )
    monkeypatch.setattr(
        PrintDialog,
        "ask",
        classmethod(lambda cls, parent, printer: asked.append("print") or (printer, False)),
    )

    def compose(cls: type, parent: QWidget | None, request: EmailRequest) -> tuple[str, bool]:
        asked.append("email")
        return "", False

    monkeypatch.setattr(EmailDialog, "compose", classmethod(compose))
    actions: dict[str, QAction] = {
        "Ctrl+S": window.save_action,
        "Ctrl+P": window.print_action,
        "Ctrl+E": window.email_action,
        "Ctrl+2": window.preset_actions[1],
    }
    for number, field in enumerate(fields(window), start=1):
        for keys, action in actions.items():
            click(qtbot, window.preset_buttons["Back flare-up"])
            with qtbot.waitSignal(action.triggered, timeout=2000):
                press(qtbot, field, keys)
            if keys == "Ctrl+E":
                qtbot.waitUntil(lambda n=number: asked.count("email") == n, timeout=30_000)
    assert asked.count("save") == len(fields(window))
    assert asked.count("print") == len(fields(window))
