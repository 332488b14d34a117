"""The live preview's timing: a tick renders at once, typing waits for a pause, and a render
overtaken by a newer change is never painted. Real WeasyPrint PDFs, read back from the pane."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from handouts.glyphs import Unprintable
from handouts.model import Region, Sign
from handouts.render import Handout, Renderer
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS, preview_text
from ui.window.main_window import MainWindow


class GatedRenderer:
    """The real Renderer, but each preview waits until the test opens the gate."""

    def __init__(self, renderer: Renderer) -> None:
        self._renderer = renderer
        self.gate = threading.Event()
        self.asked: list[Handout] = []

    def unprintable(self, handout: Handout) -> Unprintable | None:
        return self._renderer.unprintable(handout)

    def pdf(self, handout: Handout, *, preview: bool = False, spacing: bool = True) -> bytes:
        self.asked.append(handout)
        self.gate.wait(RENDER_TIMEOUT_MS / 1000)
        return self._renderer.pdf(handout, preview=preview, spacing=spacing)


@pytest.fixture
def gated(renderer: Renderer) -> GatedRenderer:
    return GatedRenderer(renderer)


@pytest.fixture
def gated_window(make_window: Callable[..., MainWindow], gated: GatedRenderer) -> MainWindow:
    return make_window(renderer=cast(Renderer, gated))


def test_a_tick_renders_at_once_without_waiting(qtbot: QtBot, rendering_window: MainWindow) -> None:
    window = rendering_window
    click(qtbot, window.form.region_button(Region.KNEE))
    # No event has been handled since the click: the render was asked for by the click itself.
    assert window.render_service.is_busy()
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        pass
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)

    click(qtbot, window.form.sign_box(Sign.SWELLING))
    assert window.render_service.is_busy()
    qtbot.waitUntil(lambda: window.preview.state() == "ready", timeout=RENDER_TIMEOUT_MS)


def test_typing_waits_for_a_pause(qtbot: QtBot, rendering_window: MainWindow) -> None:
    window = rendering_window
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Stiff neck"])
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)

    qtbot.keyClicks(window.form.note_edit, "Warm shower")
    assert not window.render_service.is_busy()
    assert window.preview.state() == "stale"
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        pass
    assert "Warm shower" in preview_text(window)


def test_an_overtaken_tick_is_never_painted(
    qtbot: QtBot, gated_window: MainWindow, gated: GatedRenderer
) -> None:
    window = gated_window
    painted: list[str] = []
    window.preview_updated.connect(lambda _pages: painted.append(preview_text(window)))

    click(qtbot, window.preset_buttons["Back flare-up"])
    qtbot.waitUntil(lambda: len(gated.asked) == 1, timeout=RENDER_TIMEOUT_MS)
    click(qtbot, window.preset_buttons["Sprained ankle"])
    gated.gate.set()
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)

    # Both were rendered; only the newer one was painted.
    assert [h.presentation.region for h in gated.asked] == [Region.LOW_BACK, Region.ANKLE_FOOT]
    assert len(painted) == 1
    assert "ankle" in painted[0].lower()
    assert "low back" not in painted[0].lower()


def test_a_tick_overtaken_by_typing_is_never_painted(
    qtbot: QtBot, gated_window: MainWindow, gated: GatedRenderer
) -> None:
    window = gated_window
    painted: list[str] = []
    window.preview_updated.connect(lambda _pages: painted.append(preview_text(window)))

    click(qtbot, window.preset_buttons["Stiff neck"])
    qtbot.waitUntil(lambda: len(gated.asked) == 1, timeout=RENDER_TIMEOUT_MS)
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    gated.gate.set()
    qtbot.waitUntil(lambda: len(painted) == 1, timeout=RENDER_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)

    assert [h.patient for h in gated.asked] == ["", "Jane Doe"]
    assert len(painted) == 1
    assert "Jane Doe" in painted[0]


def test_the_pages_view_is_made_while_the_first_handout_renders(
    qtbot: QtBot, gated_window: MainWindow, gated: GatedRenderer
) -> None:
    window = gated_window
    assert window.preview.view is None
    click(qtbot, window.form.region_button(Region.KNEE))
    qtbot.waitUntil(lambda: window.preview.view is not None, timeout=RENDER_TIMEOUT_MS)
    assert gated.asked and window.preview.document() is None  # still rendering, not shown
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        gated.gate.set()
    assert window.preview.document() is not None
    assert window.preview.view.isVisible()
