"""The clinic's own presets: saved from the form (never the patient's name or note), kept in
the clinic profile, renamed, updated, deleted and reordered; Ctrl+1..Ctrl+9 follow the list
(the built-in presets first, then the clinic's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.clinic_presets import SavedPreset
from handouts.model import Caution, Onset, Region, Sign
from handouts.profile import default_profile_path, read_profile
from tests.ui.clicks import click, tick
from ui.dialogs.presets import PresetName, PresetsDialog
from ui.presets import PRESETS
from ui.window.main_window import MainWindow

KEYS = {7: Qt.Key.Key_7, 8: Qt.Key.Key_8, 9: Qt.Key.Key_9}


def name_it(monkeypatch: pytest.MonkeyPatch, *names: str) -> list[str]:
    """PresetName.ask answers with `names` in turn; returns the titles it was asked with."""
    answers = list(names)
    asked: list[str] = []

    def ask(cls: type, parent: QWidget | None, title: str, text: str = "") -> tuple[str, bool]:
        asked.append(title)
        return answers.pop(0), True

    monkeypatch.setattr(PresetName, "ask", classmethod(ask))
    return asked


def ctrl(qtbot: QtBot, window: MainWindow, number: int) -> None:
    field = window.form.patient_edit
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    qtbot.keyClick(field, KEYS[number], Qt.KeyboardModifier.ControlModifier)


def save_two(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    name_it(monkeypatch, "Tennis elbow", "Fresh knee")
    tick(qtbot, window.form, Region.ELBOW, Onset.GRADUAL, cautions=[Caution.CANCER])
    window.clinic_presets.save_action.trigger()
    window.form.clear()
    tick(qtbot, window.form, Region.KNEE, Onset.INJURY, days=1, signs=[Sign.SWELLING])
    window.clinic_presets.save_action.trigger()
    window.form.clear()


def test_save_as_preset_keeps_the_ticks_but_never_the_patient(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = name_it(monkeypatch, "Tennis elbow")
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    qtbot.keyClicks(window.form.note_edit, "Call me on Friday")
    tick(qtbot, window.form, Region.ELBOW, Onset.GRADUAL, cautions=[Caution.CANCER])
    assert window.clinic_presets.save_action in window.presets_menu.actions()
    window.clinic_presets.save_action.trigger()
    assert asked == ["Save as preset"]

    text = default_profile_path().read_text(encoding="utf-8")
    assert "[[presets]]" in text and "Tennis elbow" in text
    assert "Jane" not in text and "Friday" not in text
    [saved] = read_profile().presets
    assert saved == SavedPreset(
        "Tennis elbow", Region.ELBOW, Onset.GRADUAL, cautions=frozenset({Caution.CANCER})
    )
    assert "Tennis elbow" in window.preset_buttons
    assert window.preset_actions[len(PRESETS)].text() == "Tennis elbow"
    assert window.preset_actions[len(PRESETS)].shortcut().toString() == "Ctrl+7"

    window.form.clear()
    qtbot.keyClicks(window.form.patient_edit, "John Roe")
    ctrl(qtbot, window, 7)
    values = window.form.values()
    assert (values.region, values.onset, values.cautions) == (
        Region.ELBOW,
        Onset.GRADUAL,
        frozenset({Caution.CANCER}),
    )
    assert values.patient == "John Roe"
    click(qtbot, window.preset_buttons["Back flare-up"])
    click(qtbot, window.preset_buttons["Tennis elbow"])
    assert window.form.values().region is Region.ELBOW


def test_the_presets_come_back_after_a_restart(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    save_two(qtbot, window, monkeypatch)
    window.close()
    again = make_window()
    assert [a.text() for a in again.preset_actions[len(PRESETS) :]] == [
        "Tennis elbow",
        "Fresh knee",
    ]
    ctrl(qtbot, again, 8)
    assert again.form.values().region is Region.KNEE


def test_a_preset_needs_a_region_and_a_name_of_its_own(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = name_it(monkeypatch, "Sprained ankle")
    window.clinic_presets.save_action.trigger()
    assert asked == []
    assert "Pick where it hurts" in window.statusBar().currentMessage()
    tick(qtbot, window.form, Region.ANKLE_FOOT)
    window.clinic_presets.save_action.trigger()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "built-in preset" in boxes[-1].text() + boxes[-1].informativeText()
    assert read_profile().presets == ()


def test_manage_renames_updates_reorders_and_deletes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_two(qtbot, window, monkeypatch)
    tick(qtbot, window.form, Region.NECK, Onset.GRADUAL, signs=[Sign.STIFFNESS])
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")

    def edit(
        cls: type[PresetsDialog],
        parent: QWidget | None,
        presets: tuple[SavedPreset, ...],
        from_form: SavedPreset | None,
    ) -> tuple[tuple[SavedPreset, ...], bool]:
        """The real dialog, used as a clinician would."""
        dialog = PresetsDialog(presets, from_form, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
            "Tennis elbow",
            "Fresh knee",
        ]
        name_it(monkeypatch, "Knee, day one")
        dialog.list.setCurrentRow(1)
        click(qtbot, dialog.rename_button)
        click(qtbot, dialog.up_button)
        dialog.list.setCurrentRow(1)
        click(qtbot, dialog.update_button)
        name_it(monkeypatch, "Stiff neck at work")
        click(qtbot, dialog.rename_button)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.presets(), True

    monkeypatch.setattr(PresetsDialog, "edit", classmethod(edit))
    assert window.clinic_presets.manage_action in window.presets_menu.actions()
    window.clinic_presets.manage_action.trigger()
    presets = read_profile().presets
    assert [p.name for p in presets] == ["Knee, day one", "Stiff neck at work"]
    assert presets[1].region is Region.NECK and presets[1].signs == frozenset({Sign.STIFFNESS})
    assert "Jane" not in default_profile_path().read_text(encoding="utf-8")
    assert [a.shortcut().toString() for a in window.preset_actions[len(PRESETS) :]] == [
        "Ctrl+7",
        "Ctrl+8",
    ]
    assert "Tennis elbow" not in window.preset_buttons
    window.form.clear()
    ctrl(qtbot, window, 7)
    assert window.form.values().region is Region.KNEE

    def delete_first(
        cls: type[PresetsDialog],
        parent: QWidget | None,
        presets: tuple[SavedPreset, ...],
        from_form: SavedPreset | None,
    ) -> tuple[tuple[SavedPreset, ...], bool]:
        dialog = PresetsDialog(presets, from_form, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.list.setCurrentRow(0)
        click(qtbot, dialog.delete_button)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.presets(), True

    monkeypatch.setattr(PresetsDialog, "edit", classmethod(delete_first))
    window.clinic_presets.manage_action.trigger()
    assert [p.name for p in read_profile().presets] == ["Stiff neck at work"]
    assert window.preset_actions[len(PRESETS)].shortcut().toString() == "Ctrl+7"
    window.form.clear()
    ctrl(qtbot, window, 7)
    assert window.form.values().region is Region.NECK
