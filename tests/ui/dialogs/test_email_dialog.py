"""The Email dialog against a real SMTP server on loopback: what is shown is what is sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from handouts.mail import SmtpAccount, stored_password
from handouts.profile import ClinicProfile
from tests.mail_server import (
    PASSWORD,
    USER,
    MemoryKeyring,
    free_port,
    keychain,
    only_attachment,
    smtp_server,
)
from tests.ui.support import (
    CLINIC,
    MAIL_TIMEOUT_MS,
    PATIENT_ADDRESS,
    mail_clinic,
)
from ui.dialogs.email.dialog import EmailDialog
from ui.dialogs.email.request import EmailRequest
from ui.dialogs.password import PasswordDialog
from ui.style import PROBLEM_STYLE, SENT_STYLE

FILE_NAME = "2026-11-23 Jane Doe - heat.pdf"


def open_dialog(qtbot: QtBot, clinic: ClinicProfile, pdf: bytes) -> EmailDialog:
    dialog = EmailDialog(EmailRequest(clinic, pdf, FILE_NAME, patient="Jane Doe"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def send_and_wait(qtbot: QtBot, dialog: EmailDialog) -> tuple[bool, str]:
    with qtbot.waitSignal(dialog.result_ready, timeout=MAIL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    ok, text = blocker.args
    assert dialog.status_label.text() == text
    assert not dialog.progress.isVisible()
    return ok, text


def test_the_message_shown_is_the_message_sent(qtbot: QtBot, blank_pdf: bytes) -> None:
    with smtp_server() as server:
        dialog = open_dialog(qtbot, mail_clinic(server.port), blank_pdf)
        assert dialog.subject_edit.text() == "Your heat or ice plan from Riverside Physio"
        assert dialog.body_edit.toPlainText().startswith("Hello Jane Doe,")
        assert FILE_NAME in dialog.attachment_label.text()
        qtbot.keyClicks(dialog.to_edit, PATIENT_ADDRESS)
        dialog.subject_edit.setText("Your plan from today")
        dialog.body_edit.appendPlainText("P.S. Bring it next time.")
        ok, text = send_and_wait(qtbot, dialog)
    assert ok
    assert text == f"Sent to {PATIENT_ADDRESS}."
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT_ADDRESS]
    assert received.message["Subject"] == "Your plan from today"
    body = received.message.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").rstrip("\n") == (dialog.body_edit.toPlainText())
    assert only_attachment(received.message) == (FILE_NAME, blank_pdf)
    assert not dialog.send_button.isEnabled()
    dialog.subject_edit.setText("Your plan from today, again")
    assert dialog.send_button.isEnabled()


def test_the_address_is_checked_while_typing(qtbot: QtBot, blank_pdf: bytes) -> None:
    dialog = open_dialog(qtbot, mail_clinic(free_port()), blank_pdf)
    assert not dialog.send_button.isEnabled()
    assert not dialog.address_label.isVisible()
    qtbot.keyClicks(dialog.to_edit, "pat.doe@")
    assert dialog.address_label.isVisible()
    assert "missing after the @" in dialog.address_label.text()
    assert not dialog.send_button.isEnabled()
    assert not dialog.draft_button.isEnabled()
    qtbot.keyClicks(dialog.to_edit, "example.com")
    assert not dialog.address_label.isVisible()
    assert dialog.send_button.isEnabled()
    assert dialog.draft_button.isEnabled()


def test_server_down_says_so(qtbot: QtBot, blank_pdf: bytes) -> None:
    dialog = open_dialog(qtbot, mail_clinic(free_port()), blank_pdf)
    dialog.to_edit.setText(PATIENT_ADDRESS)
    ok, text = send_and_wait(qtbot, dialog)
    assert not ok
    assert text.startswith("Not sent.")
    assert "cannot be reached" in text
    assert dialog.send_button.isEnabled()


def test_a_refused_address_says_so(qtbot: QtBot, blank_pdf: bytes) -> None:
    with smtp_server(refuse={PATIENT_ADDRESS}) as server:
        dialog = open_dialog(qtbot, mail_clinic(server.port), blank_pdf)
        dialog.to_edit.setText(PATIENT_ADDRESS)
        ok, text = send_and_wait(qtbot, dialog)
    assert not ok
    assert f"refused the address {PATIENT_ADDRESS}" in text


def test_wrong_password_then_the_right_one(
    qtbot: QtBot, blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([(("wrong", False), True), ((PASSWORD, False), True)])
    monkeypatch.setattr(
        PasswordDialog, "ask", classmethod(lambda cls, parent, account: next(answers))
    )
    with smtp_server(login=True) as server:
        dialog = open_dialog(qtbot, mail_clinic(server.port, USER), blank_pdf)
        dialog.to_edit.setText(PATIENT_ADDRESS)
        ok, text = send_and_wait(qtbot, dialog)
        assert not ok
        assert "refused the user name or password" in text
        ok, text = send_and_wait(qtbot, dialog)
    assert ok, text
    assert len(server.recorder.received) == 1


def test_a_remembered_password_is_kept_in_the_keychain(
    qtbot: QtBot, blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[SmtpAccount] = []

    def ask(cls: type, parent: object, account: SmtpAccount) -> tuple[tuple[str, bool], bool]:
        asked.append(account)
        return (PASSWORD, True), True

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(ask))
    with keychain(MemoryKeyring()), smtp_server(login=True) as server:
        dialogs = [open_dialog(qtbot, mail_clinic(server.port, USER), blank_pdf) for _ in range(2)]
        for dialog in dialogs:
            dialog.to_edit.setText(PATIENT_ADDRESS)
            ok, text = send_and_wait(qtbot, dialog)
            assert ok, text
        assert stored_password("127.0.0.1", USER) == PASSWORD
    assert len(asked) == 1
    assert len(server.recorder.received) == 2


def test_without_a_keychain_the_user_is_told(
    qtbot: QtBot, blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        PasswordDialog, "ask", classmethod(lambda cls, parent, account: ((PASSWORD, True), True))
    )
    with smtp_server(login=True) as server:
        dialog = open_dialog(qtbot, mail_clinic(server.port, USER), blank_pdf)
        dialog.to_edit.setText(PATIENT_ADDRESS)
        ok, text = send_and_wait(qtbot, dialog)
    assert ok
    assert "asked for each time" in text


def test_cancelling_the_password_sends_nothing(
    qtbot: QtBot, blank_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        PasswordDialog, "ask", classmethod(lambda cls, parent, account: (("", False), False))
    )
    with smtp_server(login=True) as server:
        dialog = open_dialog(qtbot, mail_clinic(server.port, USER), blank_pdf)
        dialog.to_edit.setText(PATIENT_ADDRESS)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.status_label.text() == "Not sent: no password was given."
    assert server.recorder.received == []


def test_without_a_mail_program_the_folder_is_shown(
    qtbot: QtBot, blank_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        EmailDialog, "open_in_system", classmethod(lambda cls, url: opened.append(url) or True)
    )
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    folder = tmp_path / "handouts"
    folder.mkdir()
    dialog = open_dialog(qtbot, mail_clinic(free_port(), save_folder=str(folder)), blank_pdf)
    dialog.to_edit.setText(PATIENT_ADDRESS)
    with qtbot.waitSignal(dialog.result_ready, timeout=MAIL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    ok, text = blocker.args
    assert ok
    assert "No mail program was found" in text
    assert (folder / FILE_NAME).read_bytes() == blank_pdf
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert dialog.outcome() == text


def test_a_broken_template_shows_the_standard_wording(qtbot: QtBot, blank_pdf: bytes) -> None:
    clinic = mail_clinic(free_port()).with_changes(email_subject="Plan for {name}")
    dialog = open_dialog(qtbot, clinic, blank_pdf)
    assert dialog.subject_edit.text() == "Your heat or ice plan from Riverside Physio"
    assert "{name}" in dialog.status_label.text()
    assert "standard wording" in dialog.status_label.text()


def test_no_account_means_draft_only(qtbot: QtBot, blank_pdf: bytes) -> None:
    dialog = open_dialog(qtbot, ClinicProfile(name=CLINIC), blank_pdf)
    dialog.to_edit.setText(PATIENT_ADDRESS)
    assert not dialog.send_button.isEnabled()
    assert dialog.draft_button.isEnabled()
    assert "Settings > Email" in dialog.account_label.text()


def test_the_password_dialog_hides_the_password(qtbot: QtBot) -> None:
    dialog = PasswordDialog(SmtpAccount("smtp.example.org", user=USER))
    qtbot.addWidget(dialog)
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.remember_box.isChecked()
    assert dialog.password_edit.accessibleName() == "Password"


def test_open_in_mail_program_with_none_set_up_says_so_plainly(
    qtbot: QtBot, blank_pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(
        EmailDialog, "open_in_system", classmethod(lambda cls, url: opened.append(url) or True)
    )
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "xdg-email").write_text("#!/bin/sh\nexit 0\n")
    (bin_folder / "xdg-mime").write_text("#!/bin/sh\nexit 0\n")
    for script in bin_folder.iterdir():
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    folder = tmp_path / "handouts"
    folder.mkdir()
    dialog = open_dialog(qtbot, mail_clinic(free_port(), save_folder=str(folder)), blank_pdf)
    dialog.to_edit.setText(PATIENT_ADDRESS)
    with qtbot.waitSignal(dialog.result_ready, timeout=MAIL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    _ok, text = blocker.args
    assert text.startswith("No mail program is set up on this computer")
    assert str(folder) in text
    assert dialog.status_label.styleSheet() != SENT_STYLE
    assert dialog.status_label.styleSheet() == PROBLEM_STYLE
    assert (folder / FILE_NAME).read_bytes() == blank_pdf
    assert opened == [QUrl.fromLocalFile(str(folder))]
