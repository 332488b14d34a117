"""The form and the banner: ticks in, the recommendation out, always the same as decide()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.decision import decide
from handouts.model import (
    Caution,
    Choice,
    History,
    Modality,
    Onset,
    Preference,
    Presentation,
    Reason,
    Region,
    Sign,
)
from tests.ui.clicks import click, tick
from ui.main_window import MainWindow
from ui.presets import PRESETS
from ui.wording import MODALITY_TITLES, REASON_PHRASES

# The worked examples of the clinical brief, section 8.
BRIEF_EXAMPLES: list[tuple[dict[str, Any], Modality]] = [
    ({"region": Region.LOW_BACK, "onset": Onset.FLARE_UP}, Modality.HEAT),
    (
        {"region": Region.LOW_BACK, "onset": Onset.FLARE_UP, "preference": Preference.ICE},
        Modality.ICE,
    ),
    ({"region": Region.LOW_BACK, "onset": Onset.INJURY, "days": 1}, Modality.ICE_THEN_HEAT),
    (
        {"region": Region.NECK, "onset": Onset.GRADUAL, "signs": [Sign.STIFFNESS]},
        Modality.HEAT,
    ),
    (
        {"region": Region.KNEE, "onset": Onset.INJURY, "days": 0, "signs": [Sign.SWELLING]},
        Modality.ICE_THEN_HEAT,
    ),
    (
        {
            "region": Region.LOW_BACK,
            "onset": Onset.FLARE_UP,
            "preference": Preference.ICE,
            "cautions": [Caution.COLD_SENSITIVITY],
        },
        Modality.HEAT,
    ),
    (
        {
            "region": Region.ANKLE_FOOT,
            "onset": Onset.INJURY,
            "days": 10,
            "signs": [Sign.SWELLING],
        },
        Modality.ICE,
    ),
    (
        {"region": Region.SHOULDER, "onset": Onset.GRADUAL, "cautions": [Caution.NUMBNESS]},
        Modality.NEITHER,
    ),
]


@pytest.mark.parametrize(("ticks", "expected"), BRIEF_EXAMPLES)
def test_banner_shows_the_brief_example_and_agrees_with_decide(
    qtbot: QtBot, window: MainWindow, ticks: dict[str, Any], expected: Modality
) -> None:
    tick(qtbot, window.form, **ticks)

    recommendation = decide(Presentation(**ticks))
    assert recommendation.modality is expected
    assert window.banner.title() == MODALITY_TITLES[expected]
    for reason in recommendation.reasons:
        assert REASON_PHRASES[reason] in window.banner.text()
    assert window.recommendation() == recommendation


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


def test_single_ticks_update_the_banner_at_once(qtbot: QtBot, window: MainWindow) -> None:
    assert window.banner.title() == "No recommendation yet"
    click(qtbot, window.form.region_button(Region.LOW_BACK))
    assert window.banner.title() == "Heat"
    assert "Back pain is rarely a tissue injury" in window.banner.text()
    click(qtbot, window.form.sign_box(Sign.SWELLING))
    assert window.banner.title() == "Ice"
    assert REASON_PHRASES[Reason.SWELLING] in window.banner.text()
    click(qtbot, window.form.caution_box(Caution.COLD_SENSITIVITY))
    assert window.banner.title() == "Neither heat nor ice"
    click(qtbot, window.form.caution_box(Caution.COLD_SENSITIVITY))
    click(qtbot, window.form.sign_box(Sign.SWELLING))
    click(qtbot, window.form.history_box(History.HEAT_WORSE))
    assert window.banner.title() == "Ice"
    assert "Heat made this pain worse before" in window.banner.text()


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


def test_a_refused_choice_is_shown_in_the_banner(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window.form, Region.LOW_BACK, cautions=[Caution.NUMBNESS], choice=Choice.HEAT)

    assert window.banner.title() == "Choice refused"
    assert "Heat is not safe with numbness" in window.banner.text()
    assert window.current_handout() is None
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert not window.save_action.isEnabled()
    assert not window.print_action.isEnabled()
    click(qtbot, window.form.choice_button(Choice.AUTO))
    assert window.banner.title() == "Neither heat nor ice"
    assert window.save_action.isEnabled()


def test_a_choice_against_the_policy_is_warned_about(qtbot: QtBot, window: MainWindow) -> None:
    tick(qtbot, window.form, Region.LOW_BACK, Onset.INJURY, days=1, choice=Choice.HEAT)

    assert window.banner.title() == "Heat"
    text = window.banner.text()
    assert "Chosen by you." in text
    assert "Heat on a fresh injury (3 days or less) can make it swell more." in text


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


def test_every_reason_has_a_short_phrase() -> None:
    assert set(REASON_PHRASES) == set(Reason)
    assert all(0 < len(phrase) <= 60 for phrase in REASON_PHRASES.values())


def test_every_control_has_a_name_a_tooltip_and_a_keyboard_path(window: MainWindow) -> None:
    controls = window.form.focus_order()
    assert len(controls) == 1 + 10 + 3 + 1 + 6 + 3 + 2 + 7 + 4 + 1
    for control in controls:
        assert control.accessibleName()
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
    assert window.about_action.shortcut().toString() == "F1"
