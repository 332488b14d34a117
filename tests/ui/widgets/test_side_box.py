"""The side control: left, right or both, only for a region that has a side."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from handouts.model import SIDED_REGIONS, Region, Side
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS, preview_text
from ui.presets import PRESETS
from ui.widgets.form_values import FormValues
from ui.window.main_window import MainWindow


def test_knee_and_left_give_a_handout_for_the_left_knee(
    qtbot: QtBot, rendering_window: MainWindow
) -> None:
    window = rendering_window
    form = window.form
    click(qtbot, form.region_button(Region.KNEE))
    assert form.side_box.isEnabled()
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, form.side_box.button(Side.LEFT))
    assert form.values().side is Side.LEFT
    handout = window.current_handout()
    assert handout is not None
    assert handout.presentation.side is Side.LEFT
    assert "Heat for your left knee" in " ".join(preview_text(window).split())


@pytest.mark.parametrize("region", list(Region))
def test_the_side_is_offered_only_for_a_region_with_one(
    qtbot: QtBot, window: MainWindow, region: Region
) -> None:
    form = window.form
    click(qtbot, form.region_button(region))
    assert form.side_box.isEnabled() is (region in SIDED_REGIONS)
    assert all(button.isEnabled() is (region in SIDED_REGIONS) for button in form.side_box.buttons)


def test_low_back_clears_and_disables_a_side_picked_for_the_knee(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    click(qtbot, form.region_button(Region.KNEE))
    click(qtbot, form.side_box.button(Side.RIGHT))
    click(qtbot, form.region_button(Region.LOW_BACK))
    assert not form.side_box.isEnabled()
    assert not form.side_box.button(Side.RIGHT).isChecked()
    values = form.values()
    assert values.side is None
    presentation = values.presentation()
    assert presentation is not None and presentation.side is None
    handout = window.current_handout()
    assert handout is not None and handout.presentation.side is None


def test_set_values_restores_a_side_and_presets_leave_it_unsaid(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    form.set_values(FormValues(region=Region.ELBOW, side=Side.BOTH, patient="Jo"))
    assert form.values().side is Side.BOTH
    assert form.side_box.button(Side.BOTH).isChecked()
    knee = next(preset for preset in PRESETS if preset.values.region is Region.KNEE)
    click(qtbot, window.preset_buttons[knee.name])
    assert form.values().side is None
    assert form.values().patient == "Jo"
    assert form.side_box.isEnabled()
