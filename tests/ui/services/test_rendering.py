"""The render service: off the GUI thread, only the latest preview answered, final PDFs."""

from __future__ import annotations

import datetime
from typing import cast

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from handouts.decision import decide
from handouts.model import Caution, Choice, Presentation
from handouts.render import Handout, Renderer
from handouts.render.process import RenderProcess
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS, pdf_text
from ui.services.rendering import RenderService
from ui.window.main_window import MainWindow


@pytest.fixture
def window(rendering_window: MainWindow) -> MainWindow:
    """These tests render: in this process, with the session's Renderer (quick)."""
    return rendering_window


def test_the_gui_thread_keeps_running_during_a_render(qtbot: QtBot, window: MainWindow) -> None:
    ticks: list[int] = []
    ticks_when_busy: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    window.render_service.busy_changed.connect(
        lambda busy: ticks_when_busy.append(len(ticks)) if busy else None
    )
    timer.start()
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Stiff neck"])
    timer.stop()

    assert ticks_when_busy, "no render was started"
    assert len(ticks) - ticks_when_busy[0] >= 3


def test_only_the_latest_preview_request_is_answered(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.preset_buttons["Back flare-up"])
    first = window.current_handout()
    click(qtbot, window.preset_buttons["Knee injury"])
    second = window.current_handout()
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Recent whiplash"])
    third = window.current_handout()
    assert first and second and third
    service = window.render_service
    answered: list[int] = []
    service.preview_ready.connect(lambda request_id, _pdf: answered.append(request_id))

    service.request_preview(first)
    service.request_preview(second)
    last = service.request_preview(third)
    qtbot.waitUntil(lambda: not service.is_busy(), timeout=RENDER_TIMEOUT_MS)

    assert answered == [last]


def test_the_handout_and_final_pdf_for_other_parts(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Back flare-up"])
    qtbot.keyClicks(window.form.note_edit, "Walk a little every hour.")
    handout = window.current_handout()
    assert isinstance(handout, Handout)
    assert handout.patient == "Jane Doe"
    assert handout.note == "Walk a little every hour."
    assert handout.recommendation == window.recommendation()

    service = window.render_service
    with qtbot.waitSignal(service.pdf_ready, timeout=RENDER_TIMEOUT_MS) as blocker:
        request_id = service.request_pdf(handout)
    assert blocker.args is not None
    assert blocker.args[0] == request_id
    assert "Walk a little every hour." in pdf_text(blocker.args[1])

    click(qtbot, window.form.caution_box(Caution.NUMBNESS))
    click(qtbot, window.form.choice_button(Choice.ICE))
    assert window.current_handout() is None


def neck_handout() -> Handout:
    presentation = Presentation(region="neck", onset="gradual", signs=["stiffness"])
    return Handout(presentation, decide(presentation), date=datetime.date(2026, 11, 23))


class RecordingProcess(RenderProcess):
    """A real render process that notes whether it was waited for."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")
        super().start()

    def launch(self) -> None:
        self.calls.append("launch")
        super().launch()


def test_the_warm_up_starts_the_render_process_without_waiting_for_it(qtbot: QtBot) -> None:
    process = RecordingProcess()
    service = RenderService(cast(Renderer, process))
    try:
        service.warm_up()
        qtbot.waitUntil(lambda: bool(process.calls), timeout=RENDER_TIMEOUT_MS)
        # Not waited for: a preview asked for now is served before the child's warm-up.
        assert process.calls == ["launch"]
        with qtbot.waitSignal(service.preview_ready, timeout=RENDER_TIMEOUT_MS) as ready:
            service.request_preview(neck_handout())
        assert "neck" in pdf_text(ready.args[1]).lower()
    finally:
        service.shutdown()
