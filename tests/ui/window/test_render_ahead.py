"""Rendering ahead: once a preview is shown, the handouts one tick away are rendered while the
clinician reads; a tick onto one of them is painted from there, without a render. Real
WeasyPrint PDFs, read back from the pane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from handouts.glyphs import Unprintable
from handouts.model import Region, Sign
from handouts.profile import ClinicProfile
from handouts.render import Handout, Renderer
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS, preview_text
from ui.services.rendering import AHEAD_KEPT
from ui.widgets.form_values import FormValues
from ui.window.ahead import handout_for, handouts_ahead, one_tick_away
from ui.window.live_preview import AHEAD_AFTER_MS
from ui.window.main_window import MainWindow


class CountingRenderer:
    """The real Renderer, counting the previews it is asked for."""

    def __init__(self, renderer: Renderer) -> None:
        self._renderer = renderer
        self.asked: list[Handout] = []

    def unprintable(self, handout: Handout) -> Unprintable | None:
        return self._renderer.unprintable(handout)

    def pdf(self, handout: Handout, *, preview: bool = False, spacing: bool = True) -> bytes:
        self.asked.append(handout)
        return self._renderer.pdf(handout, preview=preview, spacing=spacing)


@pytest.fixture
def counting(renderer: Renderer) -> CountingRenderer:
    return CountingRenderer(renderer)


@pytest.fixture
def window(make_window: Callable[..., MainWindow], counting: CountingRenderer) -> MainWindow:
    return make_window(renderer=cast(Renderer, counting))


def test_a_tick_onto_a_handout_rendered_ahead_is_painted_without_a_render(
    qtbot: QtBot, window: MainWindow, counting: CountingRenderer
) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.form.region_button(Region.KNEE))
    service = window.render_service
    neck = handout_for(replace(window.form.values(), region=Region.NECK), window.profile())
    assert neck in handouts_ahead(window.form.values(), window.profile())
    qtbot.waitUntil(lambda: service.made_ahead(neck), timeout=RENDER_TIMEOUT_MS * 4)
    renders = len(counting.asked)

    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.form.region_button(Region.NECK))

    assert window.current_handout() == neck
    assert service.ahead_hits == 1
    assert neck not in counting.asked[renders:]  # painted from what was made ahead
    assert "neck" in preview_text(window).lower()


def test_the_handouts_ahead_are_one_tick_away_and_not_the_current_one() -> None:
    values = FormValues(region=Region.LOW_BACK, signs=frozenset({Sign.SPASM}))
    profile = ClinicProfile()
    ahead = handouts_ahead(values, profile, limit=100)
    current = handout_for(values, profile)
    assert current is not None and current not in ahead
    neighbours = {handout_for(form, profile) for form in one_tick_away(values)}
    assert set(ahead) == neighbours - {None, current}
    assert handout_for(FormValues(), profile) is None  # no region: no handout


def test_the_previews_kept_are_capped(qtbot: QtBot, window: MainWindow) -> None:
    """Only the latest AHEAD_KEPT previews made ahead are kept."""
    service = window.render_service
    values = FormValues(region=Region.NECK)
    kept = handouts_ahead(values, window.profile(), limit=100)
    more = handouts_ahead(FormValues(region=Region.KNEE), window.profile(), limit=100)
    wanted = list(dict.fromkeys(kept + more))[: AHEAD_KEPT + 2]
    assert len(wanted) == AHEAD_KEPT + 2
    service.render_ahead(wanted)
    qtbot.waitUntil(lambda: service.made_ahead(wanted[-1]), timeout=RENDER_TIMEOUT_MS * 20)
    assert not service.made_ahead(wanted[0]) and not service.made_ahead(wanted[1])
    assert all(service.made_ahead(handout) for handout in wanted[2:])


def test_nothing_is_rendered_ahead_once_the_window_is_closed(
    qtbot: QtBot, window: MainWindow, counting: CountingRenderer
) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.form.region_button(Region.KNEE))
    window.close()  # before the renders ahead start
    asked = len(counting.asked)
    qtbot.wait(AHEAD_AFTER_MS * 3)
    assert len(counting.asked) == asked
