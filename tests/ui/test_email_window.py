"""The window's Email action (Ctrl+E) and the Email tab in the settings dialog."""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable, Iterator

import pytest
from keyring.backends import fail
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, SmtpSecurity, save_profile
from handouts.render import Renderer
from tests.mail_server import keychain, only_attachment, smtp_server
from tests.ui.clicks import click
from ui.email_dialog import EmailDialog, EmailRequest
from ui.email_settings import EmailPage
from ui.main_window import MainWindow
from ui.settings import SettingsDialog

PATIENT = "pat.doe@example.com"


@pytest.fixture(autouse=True)
def no_system_keychain() -> Iterator[None]:
    with keychain(fail.Keyring()):
        yield


def test_ctrl_e_renders_the_final_pdf_and_sends_it(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    requests: list[EmailRequest] = []

    def compose(cls: type, parent: QWidget | None, request: EmailRequest) -> tuple[str, bool]:
        """The real dialog, driven as a clinician would: type the address, press Send."""
        requests.append(request)
        dialog = EmailDialog(request, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.to_edit, PATIENT)
        with qtbot.waitSignal(dialog.result_ready, timeout=20_000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return dialog.outcome(), bool(dialog.outcome())

    monkeypatch.setattr(EmailDialog, "compose", classmethod(compose))
    with smtp_server() as server:
        save_profile(
            ClinicProfile(
                name="Riverside Physio",
                clinician="Dr Lee",
                email_from="desk@riverside.example",
                smtp_host="127.0.0.1",
                smtp_port=server.port,
                smtp_security=SmtpSecurity.NONE,
            )
        )
        window = make_window(renderer=Renderer())
        qtbot.keyClicks(window.form.patient_edit, "Jane Doe")
        click(qtbot, window.preset_buttons["Back flare-up"])
        window.email_action.trigger()
        qtbot.waitUntil(lambda: len(server.recorder.received) == 1, timeout=60_000)
    [request] = requests
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT]
    assert received.message["Subject"] == "Your heat or ice plan from Riverside Physio"
    today = datetime.date.today().isoformat()
    assert only_attachment(received.message) == (f"{today} Jane Doe - heat.pdf", request.pdf)
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(request.pdf)).pages)
    assert "Jane Doe" in text
    assert "Riverside Physio" in text
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Sent to {PATIENT}.")


def test_email_action_is_in_the_file_menu_and_toolbar(qtbot: QtBot, window: MainWindow) -> None:
    action = window.email_action
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.file_menu.actions()
    assert action in window.toolbar.actions()
    menu = window.file_menu.actions()
    assert menu.index(action) == menu.index(window.print_action) + 1
    assert not action.isEnabled()
    click(qtbot, window.preset_buttons["Back flare-up"])
    assert action.isEnabled()
    window.new_action.trigger()
    assert not action.isEnabled()


def test_the_settings_have_an_email_tab_that_saves(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile(name="Riverside Physio"))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert "Email" in titles
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    qtbot.keyClicks(page.host_edit, "smtp.riverside.example")
    page.security_combo.setCurrentIndex(page.security_combo.findData(SmtpSecurity.SSL))
    page.port_spin.setValue(465)
    qtbot.keyClicks(page.user_edit, "desk")
    qtbot.keyClicks(page.from_edit, "desk@riverside.example")
    page.subject_edit.setText("Your plan from {clinic}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = dialog.result_profile()
    assert saved.name == "Riverside Physio"
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_security) == (
        "smtp.riverside.example",
        465,
        SmtpSecurity.SSL,
    )
    assert (saved.smtp_user, saved.email_from) == ("desk", "desk@riverside.example")
    assert saved.email_subject == "Your plan from {clinic}"


def test_a_bad_template_keeps_the_settings_open(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    page.subject_edit.setText("Plan for {name}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
