"""The History panel (Ctrl+H): search, sort, pages, and each row's actions on real files."""

from __future__ import annotations

import datetime
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, save_profile
from handouts.record import Delivery, Entry, Query, RecordStore, entry_for
from handouts.render import CONTENT_VERSION, Renderer
from tests.handouts.record.helpers import FAKE_PDF, entry
from tests.handouts.render.helpers import handout
from tests.ui.support import RENDER_TIMEOUT_MS, pdf_text
from ui.dialogs.email.dialog import EmailDialog
from ui.dialogs.email.request import EmailRequest
from ui.dialogs.files import PrintDialog
from ui.dialogs.history import HistoryDialog
from ui.dialogs.history_actions import ArchiveDialog
from ui.dialogs.history_model import PAGE_ROWS
from ui.dialogs.settings.dialog import SettingsDialog
from ui.dialogs.settings.record_page import RecordPage
from ui.window.main_window import MainWindow


def add(*entries: Entry, pdf: bytes = FAKE_PDF) -> list[Entry]:
    with RecordStore() as store:
        return [store.add(item, pdf) for item in entries]


def open_panel(qtbot: QtBot, window: MainWindow) -> HistoryDialog:
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panel = window.history.panel
    assert panel is not None and panel.isVisible()
    qtbot.addWidget(panel)
    return panel


def shown(panel: HistoryDialog) -> list[str]:
    return [panel.model.entry(row).patient for row in range(panel.model.rowCount())]


def test_ctrl_h_lists_newest_first_and_searches_by_name_and_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(
        entry("Jane Doe", "2026-11-01T09:00:00+00:00"),
        entry("John Smith", "2026-11-02T09:00:00+00:00"),
        entry("Jane Roe", "2026-11-03T09:00:00+00:00"),
    )
    panel = open_panel(qtbot, window)
    assert shown(panel) == ["Jane Roe", "John Smith", "Jane Doe"]
    assert panel.count_label.text() == "3 handouts"
    qtbot.keyClicks(panel.search_edit, "jane")
    assert shown(panel) == ["Jane Roe", "Jane Doe"]
    panel.since_edit.setDate(datetime.date(2026, 11, 2))
    assert shown(panel) == ["Jane Roe"]
    panel.search_edit.clear()
    panel.until_edit.setDate(datetime.date(2026, 11, 2))
    assert shown(panel) == ["John Smith"]


def test_sorting_by_date_and_loading_a_page_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    with RecordStore() as store:
        store.add_all(
            [(entry(f"P{n:03}", f"2026-01-01T00:{n // 60:02}:{n % 60:02}+00:00"), FAKE_PDF)
             for n in range(PAGE_ROWS + 50)]
        )  # fmt: skip
    panel = open_panel(qtbot, window)
    assert panel.model.rowCount() == PAGE_ROWS
    assert panel.count_label.text() == f"{PAGE_ROWS + 50} handouts"
    assert shown(panel)[0] == f"P{PAGE_ROWS + 49:03}"
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == PAGE_ROWS + 50)
    header = panel.table.horizontalHeader()
    middle_of_date = QPoint(header.sectionSize(0) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle_of_date)
    assert shown(panel)[0] == "P000"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle_of_date)
    assert shown(panel)[0] == f"P{PAGE_ROWS + 49:03}"


@pytest.fixture
def rendered(renderer: Renderer) -> Callable[[], tuple[Entry, bytes]]:
    def make() -> tuple[Entry, bytes]:
        given = handout({"region": "knee", "onset": "injury", "days": 1, "signs": ["swelling"],
                         "preference": "heat"}, patient="Jane Doe", profile=ClinicProfile(),
                        date=datetime.date.today())  # fmt: skip
        pdf = renderer.pdf(given)
        made = entry_for(given, pdf, Delivery.SAVED, content_version=CONTENT_VERSION)
        [stored] = add(made, pdf=pdf)
        return stored, pdf

    return make


def test_reopen_fills_the_form_and_rerendering_gives_the_same_text(
    qtbot: QtBot, rendering_window: MainWindow, renderer: Renderer, rendered: Callable
) -> None:
    _stored, pdf = rendered()
    panel = open_panel(qtbot, rendering_window)
    panel.select_row(0)
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    values = rendering_window.form.values()
    assert values.patient == "Jane Doe" and values.days == 1
    assert values.presentation() is not None
    handout = rendering_window.current_handout()
    assert handout is not None
    assert pdf_text(renderer.pdf(handout)) == pdf_text(pdf)


def test_reopen_says_when_the_content_has_changed(qtbot: QtBot, window: MainWindow) -> None:
    add(entry(content_version="0.1"))
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    with qtbot.waitSignal(window.error_shown) as told:
        qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert told.args is not None
    assert "content has changed" in told.args[0] and "0.1" in told.args[0]


def test_chart_note_goes_to_the_clipboard_without_the_name_unless_asked(
    qtbot: QtBot, window: MainWindow
) -> None:
    add(entry("Jane Doe"))
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    qtbot.mouseClick(panel.chart_button, Qt.MouseButton.LeftButton)
    note = QGuiApplication.clipboard().text()
    assert note.startswith("2026-11-27: advised heat for low back") and "Jane" not in note
    panel.with_name_box.setChecked(True)
    qtbot.mouseClick(panel.chart_button, Qt.MouseButton.LeftButton)
    assert "Jane Doe" in QGuiApplication.clipboard().text()


def test_the_copy_check_and_a_changed_copy_cannot_be_reprinted(
    qtbot: QtBot, window: MainWindow
) -> None:
    [stored] = add(entry())
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    assert "matches its SHA-256" in panel.copy_label.text()
    assert panel.reprint_button.isEnabled()
    with RecordStore() as store:
        store.pdf_copy(stored).write_bytes(b"%PDF changed")
    panel.refresh()
    panel.select_row(0)
    assert "no longer matches" in panel.copy_label.text()
    assert not panel.reprint_button.isEnabled() and not panel.resend_button.isEnabled()


def test_reprint_prints_the_kept_pdf_and_records_it(
    qtbot: QtBot,
    window: MainWindow,
    rendered: Callable,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    pdf_loads: list[bool],
) -> None:
    """The kept PDF is printed, its QPdfDocument made on the GUI thread (only the drawing
    runs on the record worker: see ui.services.printing), and the print is recorded."""
    stored, pdf = rendered()
    output = tmp_path / "again.pdf"

    def ask(cls: type, parent: QWidget | None, printer: QPrinter) -> tuple[QPrinter, bool]:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer, True

    monkeypatch.setattr(PrintDialog, "ask", classmethod(ask))
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    with qtbot.waitSignal(window.records.recorded, timeout=RENDER_TIMEOUT_MS):
        qtbot.mouseClick(panel.reprint_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(output).pages) == len(PdfReader(io.BytesIO(pdf)).pages)
    assert pdf_loads == [True]
    with RecordStore() as store:
        newest = store.find(Query())[0]
        assert newest.id != stored.id and newest.delivery is Delivery.PRINTED
        assert store.pdf_copy(newest).read_bytes() == pdf
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)


def test_email_again_attaches_the_kept_pdf(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    [stored] = add(entry())
    requests: list[EmailRequest] = []

    def compose(cls: type, parent: QWidget | None, request: EmailRequest) -> tuple[str, bool]:
        requests.append(request)
        assert request.on_delivered is not None
        request.on_delivered("draft", "pat@example.com")
        return "drafted", True

    monkeypatch.setattr(EmailDialog, "compose", classmethod(compose))
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    with qtbot.waitSignal(window.records.recorded):
        qtbot.mouseClick(panel.resend_button, Qt.MouseButton.LeftButton)
    assert requests[0].pdf == FAKE_PDF
    with RecordStore() as store:
        newest = store.find(Query())[0]
    assert newest.delivery is Delivery.DRAFT and newest.sent_to == "pat@example.com"
    assert newest.sha256 == stored.sha256


def test_open_pdf_opens_the_kept_copy(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    [stored] = add(entry())
    opened: list[QUrl] = []
    monkeypatch.setattr(
        HistoryDialog, "open_in_system", classmethod(lambda cls, url: opened.append(url) or True)
    )
    panel = open_panel(qtbot, window)
    panel.select_row(0)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    with RecordStore() as store:
        assert [url.toLocalFile() for url in opened] == [str(store.pdf_copy(stored))]


@pytest.mark.parametrize("answer", [False, True])
def test_delete_one_row_or_every_row_of_a_patient_after_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    jane, _, _ = add(entry("Jane Doe"), entry("jane doe"), entry("John Smith"))
    asked: list[str] = []

    def confirm(cls: type, parent: QWidget, title: str, text: str) -> bool:
        asked.append(text)
        return answer

    monkeypatch.setattr(HistoryDialog, "confirm", classmethod(confirm))
    panel = open_panel(qtbot, window)
    panel.search_edit.setText("John")
    panel.select_row(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    panel.search_edit.setText("Jane")
    panel.select_row(0)
    qtbot.mouseClick(panel.delete_patient_button, Qt.MouseButton.LeftButton)
    assert "for good" in asked[0] and "all 2 rows of this patient" in asked[1]
    panel.search_edit.clear()
    with RecordStore() as store:
        left = sorted(e.patient for e in store.find(Query()))
        assert left == ([] if answer else ["Jane Doe", "John Smith", "jane doe"])
        assert store.pdf_copy(jane).exists() is not answer
    assert len(shown(panel)) == (0 if answer else 3)


def test_export_and_import_from_the_panel(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    save_profile(ClinicProfile(name="Riverside"))
    add(entry("Jane Doe"))
    archive = tmp_path / "backup.zip"
    monkeypatch.setattr(ArchiveDialog, "ask_target", classmethod(lambda cls, p, s: (archive, True)))
    monkeypatch.setattr(ArchiveDialog, "ask_source", classmethod(lambda cls, p: (archive, True)))
    panel = open_panel(qtbot, window)
    with qtbot.waitSignal(panel.told) as told:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert told.args is not None and "1 rows" in told.args[0]
    assert archive.stat().st_mode & 0o777 == 0o600
    assert "data/record/pdfs/1.pdf" in zipfile.ZipFile(archive).namelist()
    with RecordStore() as store:
        store.delete(store.ids(Query()))
    panel.refresh()
    assert shown(panel) == []
    with qtbot.waitSignal(panel.told) as told:
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert told.args is not None and "1 rows added" in told.args[0]
    assert shown(panel) == ["Jane Doe"]


def test_the_record_tab_turns_recording_off_and_sets_the_keeping_period(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    page = dialog.page(RecordPage)
    assert isinstance(page, RecordPage)
    assert page.keep_box.isChecked() and page.months_spin.text() == "never (keep everything)"
    assert "legal minimum" in page.warning.text()
    page.keep_box.setChecked(False)
    page.months_spin.setValue(84)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    profile = dialog.result_profile()
    assert profile.record_handouts is False and profile.record_keep_months == 84
