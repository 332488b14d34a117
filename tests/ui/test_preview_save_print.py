"""The live preview, saving and printing: real WeasyPrint PDFs, rendered off the GUI thread."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handouts.model import Caution, Choice
from handouts.profile import ClinicProfile, save_profile
from handouts.render import Handout, Renderer, default_file_name
from tests.ui.clicks import click
from ui.dialogs import PrintDialog, SaveDialog
from ui.main_window import MainWindow

RENDER_TIMEOUT_MS = 30_000


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture
def window(make_window: Callable[..., MainWindow], renderer: Renderer) -> MainWindow:
    return make_window(renderer=renderer)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def preview_text(window: MainWindow) -> str:
    document = window.preview.document()
    assert document is not None
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_the_preview_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    assert window.preview.document() is None
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS) as blocker:
        click(qtbot, window.preset_buttons["Back flare-up"])
    assert blocker.args is not None
    assert 1 <= blocker.args[0] <= 2
    assert "low back" in preview_text(window).lower()
    assert window.preview.state() == "ready"
    assert window.preview.status_label.text() == "Preview up to date"

    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
        assert window.preview.state() == "stale"
    text = preview_text(window).lower()
    assert "ankle" in text
    assert "low back" not in text


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


def test_rapid_changes_end_with_the_last_one_shown(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        for name in ("Back flare-up", "Knee injury", "Stiff neck", "Sprained ankle"):
            click(qtbot, window.preset_buttons[name])
    qtbot.waitUntil(lambda: not window.render_service.is_busy(), timeout=RENDER_TIMEOUT_MS)
    assert "ankle" in preview_text(window).lower()


def test_save_writes_the_final_pdf(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    save_profile(ClinicProfile(name="Riverside Physio", save_folder=str(folder)))
    window = make_window(renderer=renderer)
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Back flare-up"])
    suggested: list[Path] = []
    target = tmp_path / "jane.pdf"

    def ask(cls: type[SaveDialog], parent: QWidget | None, start: Path) -> tuple[Path, bool]:
        suggested.append(start)
        return target, True

    monkeypatch.setattr(SaveDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.saved, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.save_action.trigger()

    assert blocker.args == [target]
    handout = window.current_handout()
    assert handout is not None
    assert suggested == [folder / default_file_name(handout)]
    assert "Jane Doe" in suggested[0].name
    text = pdf_text(target.read_bytes())
    assert "Jane Doe" in text
    assert "Riverside Physio" in text
    assert "low back" in text.lower()


def test_a_failed_save_says_what_to_do_and_keeps_the_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
    before = window.form.values()
    target = tmp_path / "missing" / "x.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, start: (target, True)))

    with qtbot.waitSignal(window.error_shown, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.save_action.trigger()

    assert blocker.args is not None
    assert "not saved" in blocker.args[0]
    assert "does not exist" in blocker.args[0]
    assert not target.exists()
    assert window.form.values() == before
    assert "ankle" in preview_text(window).lower()


def test_print_draws_every_page_onto_the_printer(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "printed.pdf"

    def ask(
        cls: type[PrintDialog], parent: QWidget | None, printer: QPrinter
    ) -> tuple[QPrinter, bool]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer, True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS) as preview:
        click(qtbot, window.preset_buttons["Fresh back strain"])
    with qtbot.waitSignal(window.printed, timeout=RENDER_TIMEOUT_MS) as printed:
        window.print_action.trigger()

    assert preview.args is not None and printed.args is not None
    pages = len(PdfReader(output).pages)
    assert pages == printed.args[0] == preview.args[0]


def test_a_bad_logo_is_reported_without_a_crash(
    qtbot: QtBot, make_window: Callable[..., MainWindow], renderer: Renderer, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture", encoding="utf-8")
    save_profile(ClinicProfile(name="Riverside Physio", logo=str(logo)))
    window = make_window(renderer=renderer)
    click(qtbot, window.preset_buttons["Stiff neck"])
    qtbot.waitUntil(lambda: window.preview.state() == "failed", timeout=RENDER_TIMEOUT_MS)
    assert "logo" in window.preview.status_label.text()
    assert window.banner.title() == "Heat"


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


def test_a_printer_failure_says_what_to_do(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def ask(
        cls: type[PrintDialog], parent: QWidget | None, printer: QPrinter
    ) -> tuple[QPrinter, bool]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
        return printer, True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    click(qtbot, window.preset_buttons["Stiff neck"])
    before = window.form.values()
    with qtbot.waitSignal(window.error_shown, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.print_action.trigger()

    assert blocker.args is not None
    assert "not printed" in blocker.args[0]
    assert "printer could not be started" in blocker.args[0]
    assert window.form.values() == before
