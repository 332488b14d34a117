"""The window's presets, actions and shortcuts: one click or key for each common job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from handouts.decision import decide
from handouts.model import Modality, Region
from tests.ui.clicks import click
from ui.presets import PRESETS
from ui.window.main_window import MainWindow
from ui.wording import MODALITY_TITLES


def test_presets_fill_the_form_in_one_click(qtbot: QtBot, window: MainWindow) -> None:
    expected = {
        "Back flare-up": Modality.HEAT,
        "Fresh back strain": Modality.ICE_THEN_HEAT,
        "Recent whiplash": Modality.ICE_THEN_HEAT,
        "Sprained ankle": Modality.ICE_THEN_HEAT,
        "Stiff neck": Modality.HEAT,
    }
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    for preset in PRESETS:
        click(qtbot, window.preset_buttons[preset.name])
        presentation = preset.values.presentation()
        assert presentation is not None
        modality = decide(presentation).modality
        assert window.banner.title() == MODALITY_TITLES[modality]
        if preset.name in expected:
            assert modality is expected[preset.name]
        assert window.form.values().patient == "Jane Doe"


def test_presets_have_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.preset_actions[1].trigger()
    assert window.form.values().region is Region.LOW_BACK
    assert window.banner.title() == MODALITY_TITLES[Modality.ICE_THEN_HEAT]
    assert window.preset_actions[1].shortcut().toString() == "Ctrl+2"


def test_new_clears_the_form(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Sprained ankle"])
    window.new_action.trigger()
    values = window.form.values()
    assert values.patient == ""
    assert values.region is None
    assert values.signs == frozenset()
    assert window.banner.title() == "No recommendation yet"
    assert window.new_action.shortcut().toString() == "Ctrl+N"


def test_actions_have_the_usual_shortcuts(window: MainWindow) -> None:
    shortcuts = {
        window.new_action: "Ctrl+N",
        window.save_action: "Ctrl+S",
        window.print_action: "Ctrl+P",
        window.quit_action: "Ctrl+Q",
        window.settings_action: "Ctrl+,",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
    toolbar_actions = window.toolbar.actions()
    assert window.save_action in toolbar_actions
    assert window.print_action in toolbar_actions


def test_quit_closes_the_window(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_says_what_the_app_does(window: MainWindow) -> None:
    window.about_action.trigger()
    boxes = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "heat" in boxes[0].text()
    assert window.about_action in window.help_menu.actions()
    # F1 opens the guide (issue 14); About stays in the Help menu.
    assert window.guide_action.shortcut().toString() == "F1"
