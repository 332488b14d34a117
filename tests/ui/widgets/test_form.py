"""The form: every control named, reachable by keyboard, explained, and within the limits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from handouts.content import region_label
from handouts.model import (
    FRESH_DAYS,
    MAX_NOTE_CHARS,
    MAX_PATIENT_CHARS,
    Caution,
    Onset,
    Region,
    Sign,
)
from tests.ui.clicks import click
from ui.widgets.form import NOTE_TOO_LONG
from ui.window.main_window import MainWindow


def test_days_are_enabled_only_for_an_injury(qtbot: QtBot, window: MainWindow) -> None:
    days = window.form.days_spin
    assert not days.isEnabled()
    click(qtbot, window.form.onset_button(Onset.INJURY))
    assert days.isEnabled()
    click(qtbot, window.form.onset_button(Onset.GRADUAL))
    assert not days.isEnabled()
    click(qtbot, window.form.onset_button(Onset.INJURY))
    click(qtbot, window.form.region_button(Region.KNEE))
    days.setValue(10)
    assert window.banner.title() == "Heat"
    days.setValue(2)
    assert window.banner.title() == "Ice, then heat"
    assert "Ice for 1 more day, then heat." in window.banner.text()


def test_every_control_has_a_name_a_tooltip_and_a_keyboard_path(window: MainWindow) -> None:
    controls = window.form.focus_order()
    # name, handout language, 10 regions, 4 sides (not said, left, right, both), 3 onsets,
    # days, 6 signs, 3 preferences, 2 history, 7 cautions, 4 choices, note
    assert len(controls) == 1 + 1 + 10 + 4 + 3 + 1 + 6 + 3 + 2 + 7 + 4 + 1
    for control in controls:
        assert control.accessibleName()
        if isinstance(control, QRadioButton):
            # A radio group is one tab stop, on its checked button (else its first); the
            # arrow keys reach the others (issue 14, the Qt convention).
            group = control.group()
            assert group is not None
            stops = [b for b in group.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus]
            checked = group.checkedButton() or group.buttons()[0]
            assert stops == [checked]
            assert control.focusPolicy() & Qt.FocusPolicy.ClickFocus
        else:
            assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
        if isinstance(control, QAbstractButton):
            assert control.toolTip()
    for button in window.preset_buttons.values():
        assert button.accessibleName()


def test_the_tab_order_follows_the_form(window: MainWindow) -> None:
    controls = window.form.focus_order()
    chain: list[QWidget] = []
    widget = window.preset_buttons["Back flare-up"]
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget in controls:
            chain.append(widget)
        if widget is controls[-1]:
            break
    assert chain == controls


def test_tooltips_say_what_a_tick_means(window: MainWindow) -> None:
    assert "frostbite" in window.form.caution_box(Caution.NUMBNESS).toolTip()
    assert "inflamed" in window.form.sign_box(Sign.WARMTH).toolTip()
    assert "0 = today" in window.form.days_spin.toolTip()


def test_the_days_tip_names_the_core_fresh_limit(window: MainWindow) -> None:
    assert f"Up to {FRESH_DAYS} days counts as a fresh injury" in window.form.days_spin.toolTip()


def test_region_labels_are_the_core_ones(window: MainWindow) -> None:
    for region in Region:
        assert window.form.region_button(region).text() == region_label(region)
    assert window.form.region_button(Region.WRIST_HAND).text() == "Wrist and hand"


def test_the_patient_name_stops_at_the_core_limit(qtbot: QtBot, window: MainWindow) -> None:
    assert window.form.patient_edit.maxLength() == MAX_PATIENT_CHARS
    qtbot.keyClicks(window.form.patient_edit, "x" * (MAX_PATIENT_CHARS + 5))
    assert len(window.form.values().patient) == MAX_PATIENT_CHARS


def test_typing_past_the_note_limit_is_stopped_and_said(qtbot: QtBot, window: MainWindow) -> None:
    note = window.form.note_edit
    note.setPlainText("a" * (MAX_NOTE_CHARS - 2))
    note.moveCursor(note.textCursor().MoveOperation.End)
    qtbot.keyClicks(note, "bcde")
    assert note.toPlainText() == "a" * (MAX_NOTE_CHARS - 2) + "bc"
    assert window.statusBar().currentMessage() == NOTE_TOO_LONG
    assert str(MAX_NOTE_CHARS) in NOTE_TOO_LONG


def test_pasting_past_the_note_limit_keeps_the_rest(qtbot: QtBot, window: MainWindow) -> None:
    note = window.form.note_edit
    note.setPlainText("start end")
    cursor = note.textCursor()
    cursor.setPosition(len("start "))
    note.setTextCursor(cursor)
    note.insertPlainText("x" * MAX_NOTE_CHARS)
    text = note.toPlainText()
    assert len(text) == MAX_NOTE_CHARS
    assert text.startswith("start x") and text.endswith("xend")
    assert window.form.values().note == text
    assert window.statusBar().currentMessage() == NOTE_TOO_LONG
