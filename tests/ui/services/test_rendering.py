"""The render service: off the GUI thread, only the latest preview answered, final PDFs."""

from __future__ import annotations

import datetime
import io
import signal
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pdfplumber
import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from handouts.decision import decide
from handouts.model import Caution, Choice, Modality, Presentation
from handouts.profile import Paper
from handouts.render import Handout, Renderer
from handouts.render.process import RenderProcess
from tests.handouts.render.helpers import TYPICAL, handout
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


class CountingRenderer:
    """The real Renderer, noting whether each preview was asked with the spacing pass."""

    def __init__(self, renderer: Renderer) -> None:
        self._renderer = renderer
        self.spacing: list[bool] = []

    def unprintable(self, handout: Handout) -> object:
        return self._renderer.unprintable(handout)

    def pdf(self, handout: Handout, *, preview: bool = False, spacing: bool = True) -> bytes:
        self.spacing.append(spacing)
        return self._renderer.pdf(handout, preview=preview, spacing=spacing)


def _words(pdf: bytes) -> list[tuple[int, str, int]]:
    """Each word with its page and its top, to the point: the layout, not just the text."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [
            (number, word["text"], round(word["top"]))
            for number, page in enumerate(document.pages)
            for word in page.extract_words()
        ]


def _ice_handout() -> Handout:
    presentation = Presentation(region="ankle-foot", onset="injury", days=10, signs=["swelling"])  # type: ignore[arg-type]
    return Handout(presentation, decide(presentation), date=datetime.date(2026, 11, 23))


def _ice_a4_handout() -> Handout:
    """A sheet whose picture is drawn smaller to fit page 1's foot: the spacing pass lays
    it out once more."""
    return handout(TYPICAL[Modality.ICE], paper=Paper.A4)


def _heat_a4_handout() -> Handout:
    """A sheet whose page 1 shares its blank foot out (no picture to resize)."""
    return handout(TYPICAL[Modality.HEAT], paper=Paper.A4)


@pytest.mark.parametrize("make", [_heat_a4_handout, _ice_a4_handout], ids=["shares", "picture"])
def test_the_preview_is_the_page_exactly_as_it_will_print(
    qtbot: QtBot, renderer: Renderer, make: Callable[[], Handout]
) -> None:
    """One answer per preview, with the spacing pass: every word where the saved PDF has it."""
    counting = CountingRenderer(renderer)
    service = RenderService(cast(Renderer, counting))
    handout = make()
    answers: list[tuple[int, bytes]] = []
    service.preview_ready.connect(lambda request_id, pdf: answers.append((request_id, pdf)))

    request_id = service.request_preview(handout)
    qtbot.waitUntil(lambda: len(answers) == 1, timeout=RENDER_TIMEOUT_MS)
    # Nothing else comes once the form is still (no second, different preview).
    with qtbot.assertNotEmitted(service.preview_ready, wait=600):
        pass
    service.shutdown()

    assert answers[0][0] == request_id
    assert counting.spacing == [True]
    saved = _words(renderer.pdf(handout))
    assert _words(answers[0][1]) == saved
    quick = _words(renderer.pdf(handout, spacing=False))
    assert quick != saved, "the spacing pass changes nothing on this handout: pick another"


def test_closing_stops_a_preview_nobody_will_see_but_lets_a_save_finish(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A preview alone in the render process is stopped at once when the window closes; a
    save in flight is let finish, and its file is whole."""
    service = RenderService()
    service.request_preview(_ice_handout())
    qtbot.waitUntil(lambda: service._renderer is not None and service._renderer.pid is not None)
    process = cast(RenderProcess, service._renderer)._process
    assert process is not None
    service.shutdown()
    assert process.returncode == -signal.SIGKILL

    service = RenderService()
    target = tmp_path / "handout.pdf"
    saved: list[object] = []
    service.saved.connect(lambda _id, path: saved.append(path))
    service.request_save(_ice_handout(), target)
    qtbot.waitUntil(lambda: service._renderer is not None and service._renderer.pid is not None)
    service.shutdown()
    assert target.read_bytes().startswith(b"%PDF")
