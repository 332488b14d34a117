"""The window adds each handout it saves, prints or emails to the record, off the GUI thread;
a record that cannot be written leaves the handout delivered and says so."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, data_dir, save_profile
from handouts.record import Delivery, Entry, Query, RecordStore, record_dir
from handouts.render import Renderer
from tests.handouts.record.helpers import FAKE_PDF, entry
from tests.mail_server import only_attachment, smtp_server
from tests.ui.clicks import click
from tests.ui.support import (
    PATIENT_ADDRESS,
    RENDER_TIMEOUT_MS,
    mail_clinic,
    send_from_the_dialog,
)
from ui.dialogs.files import PrintDialog, SaveDialog
from ui.window.main_window import MainWindow

NOT_RECORDED = "The handout was saved, but it was not added to the record"


@pytest.fixture
def window(rendering_window: MainWindow) -> MainWindow:
    return rendering_window


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    target = tmp_path / "jane.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, start: (target, True)))
    return target


def rows() -> list[Entry]:
    with RecordStore() as store:
        return store.find(Query())


def fill(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
    click(qtbot, window.preset_buttons["Back flare-up"])


def test_save_records_the_row_and_the_exact_pdf(
    qtbot: QtBot, window: MainWindow, save_to: Path
) -> None:
    fill(qtbot, window)
    with qtbot.waitSignal(window.records.recorded, timeout=RENDER_TIMEOUT_MS) as recorded:
        window.save_action.trigger()
    assert recorded.args is not None
    [entry] = recorded.args[0]
    [row] = rows()
    assert row == entry
    assert row.patient == "Jane Doe" and row.delivery is Delivery.SAVED
    assert row.path == str(save_to) and row.presentation["signs"] == ["spasm"]
    assert row.sha256 == hashlib.sha256(save_to.read_bytes()).hexdigest()
    assert (record_dir() / row.pdf_file).read_bytes() == save_to.read_bytes()


def test_print_records_the_pdf_that_was_printed(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def ask(cls: type, parent: QWidget | None, printer: QPrinter) -> tuple[QPrinter, bool]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer, True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    fill(qtbot, window)
    with qtbot.waitSignal(window.records.recorded, timeout=RENDER_TIMEOUT_MS):
        window.print_action.trigger()
    [row] = rows()
    # Printing to a PDF file writes the real handout there (issue 14): that file is the path.
    assert row.delivery is Delivery.PRINTED and row.path == str(tmp_path / "printed.pdf")
    with RecordStore() as store:
        assert store.copy_matches(row) is True


def test_email_records_who_it_was_sent_to(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    send_from_the_dialog(qtbot, monkeypatch)
    with smtp_server() as server:
        save_profile(mail_clinic(server.port))
        window = make_window(renderer=renderer)
        fill(qtbot, window)
        with qtbot.waitSignal(window.records.recorded, timeout=60_000):
            window.email_action.trigger()
    [row] = rows()
    [received] = server.recorder.received
    _name, attached = only_attachment(received.message)
    assert row.delivery is Delivery.EMAILED and row.sent_to == PATIENT_ADDRESS
    assert row.sha256 == hashlib.sha256(attached).hexdigest()


def test_recording_turned_off_records_nothing(
    qtbot: QtBot, make_window: Callable[..., MainWindow], renderer: Renderer, save_to: Path
) -> None:
    save_profile(ClinicProfile(record_handouts=False))
    window = make_window(renderer=renderer)
    fill(qtbot, window)
    with qtbot.waitSignal(window.saved, timeout=RENDER_TIMEOUT_MS):
        window.save_action.trigger()
    assert save_to.exists()
    assert not window.records.is_busy()
    assert not (record_dir() / "record.sqlite3").exists()


@pytest.fixture
def locked_record() -> Iterator[None]:
    RecordStore().close()
    holder = sqlite3.connect(record_dir() / "record.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield
    holder.close()


def saved_and_told(qtbot: QtBot, window: MainWindow, save_to: Path) -> str:
    fill(qtbot, window)
    with qtbot.waitSignal(window.error_shown, timeout=RENDER_TIMEOUT_MS) as told:
        window.save_action.trigger()
    assert save_to.exists() and save_to.read_bytes().startswith(b"%PDF")
    assert told.args is not None
    return str(told.args[0])


@pytest.mark.usefixtures("locked_record")
def test_a_locked_record_leaves_the_handout_saved_and_says_so(
    qtbot: QtBot, window: MainWindow, save_to: Path
) -> None:
    said = saved_and_told(qtbot, window, save_to)
    assert NOT_RECORDED in said and "locked" in said


def test_a_damaged_record_is_set_aside_and_the_handout_saved(
    qtbot: QtBot, window: MainWindow, save_to: Path
) -> None:
    record_dir().mkdir(parents=True)
    (record_dir() / "record.sqlite3").write_bytes(b"scrambled" * 500)
    said = saved_and_told(qtbot, window, save_to)
    assert "was damaged" in said and "set aside, not deleted" in said
    qtbot.waitUntil(lambda: not window.records.is_busy())
    assert [row.patient for row in rows()] == ["Jane Doe"]


def test_an_unwritable_record_place_leaves_the_handout_saved(
    qtbot: QtBot, window: MainWindow, save_to: Path
) -> None:
    data_dir().mkdir(parents=True)
    record_dir().write_text("in the way")
    assert NOT_RECORDED in saved_and_told(qtbot, window, save_to)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_data_folder_leaves_the_handout_saved(
    qtbot: QtBot, window: MainWindow, save_to: Path
) -> None:
    data_dir().mkdir(parents=True)
    data_dir().chmod(0o500)
    try:
        said = saved_and_told(qtbot, window, save_to)
    finally:
        data_dir().chmod(0o700)
    assert NOT_RECORDED in said and "permission" in said


def test_the_keeping_period_is_applied_at_start_up_with_a_warning(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    with RecordStore() as store:
        old = store.add(entry("Old Visit", "2020-01-01T09:00:00+00:00"), FAKE_PDF)
        store.add(entry("New Visit", "2999-01-01T09:00:00+00:00"), FAKE_PDF)
    save_profile(ClinicProfile(record_keep_months=12))
    errors: list[str] = []
    window = make_window()
    window.error_shown.connect(errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert "1 record older than 12 months was deleted" in errors[0]
    assert "legal minimum" in errors[0]
    assert [row.patient for row in rows()] == ["New Visit"]
    with RecordStore() as store:
        assert not store.pdf_copy(old).exists()
