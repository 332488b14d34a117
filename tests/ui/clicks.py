"""Fill the form the way a clinician does: one click per tick."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from handouts.model import Caution, Choice, History, Onset, Preference, Region, Sign
from ui.widgets.form import PresentationForm


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click on the box or circle itself (a check box's empty right side is not clickable)."""
    point = QPoint(6, button.height() // 2) if button.isCheckable() else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=point)


def tick(
    qtbot: QtBot,
    form: PresentationForm,
    region: Region,
    onset: Onset = Onset.FLARE_UP,
    days: int | None = None,
    signs: Iterable[Sign] = (),
    preference: Preference = Preference.NONE,
    history: Iterable[History] = (),
    cautions: Iterable[Caution] = (),
    choice: Choice = Choice.AUTO,
) -> None:
    """Click each control of a fresh form; check boxes are clicked only when wanted."""
    click(qtbot, form.region_button(region))
    click(qtbot, form.onset_button(onset))
    if days is not None:
        form.days_spin.setValue(days)
    for sign in signs:
        click(qtbot, form.sign_box(sign))
    click(qtbot, form.preference_button(preference))
    for item in history:
        click(qtbot, form.history_box(item))
    for caution in cautions:
        click(qtbot, form.caution_box(caution))
    click(qtbot, form.choice_button(choice))
