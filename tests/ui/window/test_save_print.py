"""Saving and printing from the window: the final PDF, and plain words when it fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, save_profile
from handouts.render import Renderer, default_file_name
from tests.ui.clicks import click
from tests.ui.conftest import Questions
from tests.ui.support import RENDER_TIMEOUT_MS, pdf_text, preview_text
from ui.dialogs.files import PrintDialog, SaveDialog
from ui.window.main_window import MainWindow


@pytest.fixture
def window(rendering_window: MainWindow) -> MainWindow:
    """These tests render: in this process, with the session's Renderer (quick)."""
    return rendering_window


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


def test_a_printer_failure_says_what_to_do(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def ask(
        cls: type[PrintDialog], parent: QWidget | None, printer: QPrinter
    ) -> tuple[QPrinter, bool]:
        # A printer that cannot start: no printer on this machine and no file to print to
        # (a file name now means "print to PDF", which writes the real handout instead).
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName("")
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


@pytest.mark.parametrize("choose", [True, False])
def test_a_deleted_save_folder_is_said_and_the_user_asked_where(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    questions: Questions,
    choose: bool,
) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    save_profile(ClinicProfile(save_folder=str(folder)))
    window = make_window(renderer=renderer)
    click(qtbot, window.preset_buttons["Back flare-up"])
    folder.rmdir()
    offered: list[Path] = []
    target = tmp_path / "elsewhere.pdf"

    def ask(cls: type[SaveDialog], parent: QWidget | None, start: Path) -> tuple[Path, bool]:
        offered.append(start)
        return target, True

    monkeypatch.setattr(SaveDialog, "ask", classmethod(ask))
    questions.answer = choose
    window.form.patient_edit.setFocus()
    qtbot.waitUntil(window.form.patient_edit.hasFocus)
    qtbot.keyClick(window.form.patient_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(questions.asked) == 1
    assert f"{folder} no longer exists" in questions.asked[0]
    if not choose:
        assert offered == []
        assert "Not saved" in window.statusBar().currentMessage()
        assert not folder.exists()
        return
    qtbot.waitUntil(lambda: target.is_file(), timeout=RENDER_TIMEOUT_MS)
    assert len(offered) == 1 and offered[0].parent != folder
    assert not folder.exists()


def test_print_to_a_pdf_file_writes_the_real_handout_in_the_save_folder(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    home = tmp_path / "desktop"
    home.mkdir()
    save_profile(ClinicProfile(name="Riverside Physio", save_folder=str(folder)))
    window = make_window(renderer=renderer)
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Back flare-up"])

    def ask(
        cls: type[PrintDialog], parent: QWidget | None, printer: QPrinter
    ) -> tuple[QPrinter, bool]:
        """As Qt's dialog does on "Print to File (PDF)": the document's name, in the home."""
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(home / f"{printer.docName()}.pdf"))
        return printer, True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(window.printed, timeout=RENDER_TIMEOUT_MS):
        window.print_action.trigger()
    handout = window.current_handout()
    assert handout is not None
    target = folder / default_file_name(handout)
    assert target.is_file()
    assert list(home.iterdir()) == []
    text = pdf_text(target.read_bytes())
    assert "Jane Doe" in text and "Riverside Physio" in text
    assert target.stat().st_size < 500_000
    message = window.statusBar().currentMessage()
    assert str(target) in message
    assert "printer" not in message


def test_print_to_a_file_in_a_missing_folder_says_what_to_do(
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
    with qtbot.waitSignal(window.error_shown, timeout=RENDER_TIMEOUT_MS) as blocker:
        window.print_action.trigger()
    assert blocker.args is not None
    assert "not printed" in blocker.args[0]
    assert "no such folder" in blocker.args[0]
