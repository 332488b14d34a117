"""The Email tab of the settings: the account, the templates and the "Send test email" button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, SmtpSecurity
from tests.mail_server import PASSWORD, USER, free_port, smtp_server
from tests.ui.support import CLINIC_ADDRESS, MAIL_TIMEOUT_MS, mail_clinic
from ui.dialogs.password import PasswordDialog
from ui.dialogs.settings.email_page import EmailPage


def open_page(qtbot: QtBot, profile: ClinicProfile) -> EmailPage:
    page = EmailPage(lambda: profile)
    page.load(profile)
    qtbot.addWidget(page)
    page.show()
    return page


def test_test_email_arrives(qtbot: QtBot) -> None:
    with smtp_server() as server:
        page = open_page(qtbot, mail_clinic(server.port))
        with qtbot.waitSignal(page.test_finished, timeout=MAIL_TIMEOUT_MS) as blocker:
            qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True, page.status_label.text()]
    assert page.status_label.text().startswith(f"Test email sent to {CLINIC_ADDRESS}.")
    [received] = server.recorder.received
    assert received.rcpt_tos == [CLINIC_ADDRESS]
    assert received.message["Subject"] == "Heat or Ice: test email"
    assert list(received.message.iter_attachments()) == []


def test_test_email_uses_the_settings_being_edited(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        PasswordDialog, "ask", classmethod(lambda cls, parent, account: ((PASSWORD, False), True))
    )
    with smtp_server(login=True) as server:
        page = open_page(qtbot, mail_clinic(free_port()))
        page.port_spin.setValue(server.port)
        page.user_edit.setText(USER)
        with qtbot.waitSignal(page.test_finished, timeout=MAIL_TIMEOUT_MS) as blocker:
            qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    assert blocker.args[0], blocker.args[1]
    assert len(server.recorder.received) == 1


def test_test_email_to_a_server_that_is_down(qtbot: QtBot) -> None:
    page = open_page(qtbot, mail_clinic(free_port()))
    with qtbot.waitSignal(page.test_finished, timeout=MAIL_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    ok, text = blocker.args
    assert not ok
    assert "cannot be reached" in text
    assert page.test_button.isEnabled()


def test_test_email_without_a_server_says_what_to_fill_in(qtbot: QtBot) -> None:
    page = open_page(qtbot, ClinicProfile())
    with qtbot.waitSignal(page.test_finished, timeout=5_000) as blocker:
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert blocker.args is not None
    assert blocker.args[0] is False
    assert "No mail server is set" in blocker.args[1]


def test_load_and_apply_round_trip(qtbot: QtBot) -> None:
    profile = mail_clinic(2525, USER, SmtpSecurity.SSL).with_changes(
        email_subject="Plan from {clinic}", email_body="Hi{patient_greeting}\n{clinician}"
    )
    page = open_page(qtbot, profile)
    assert page.apply(ClinicProfile()) == ClinicProfile().with_changes(
        smtp_host="127.0.0.1",
        smtp_port=2525,
        smtp_security=SmtpSecurity.SSL,
        smtp_user=USER,
        email_from=CLINIC_ADDRESS,
        email_subject="Plan from {clinic}",
        email_body="Hi{patient_greeting}\n{clinician}",
    )
    assert page.problem() == ""


def test_choosing_ssl_suggests_its_usual_port(qtbot: QtBot) -> None:
    page = open_page(qtbot, mail_clinic(587, security=SmtpSecurity.STARTTLS))
    page.security_combo.activated.emit(page.security_combo.findData(SmtpSecurity.SSL))
    assert page.port_spin.value() == 465
    page.port_spin.setValue(2525)
    page.security_combo.activated.emit(page.security_combo.findData(SmtpSecurity.STARTTLS))
    assert page.port_spin.value() == 2525


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"email_subject": "Plan for {name}"}, "{name}, which is unknown"),
        ({"email_from": "desk@"}, "The from address desk@ is not usable"),
        ({"smtp_host": "192.0.2.1"}, "only allowed to a mail server on this computer"),
    ],
)
def test_problems_are_said_before_saving(
    qtbot: QtBot, change: dict[str, str], problem: str
) -> None:
    page = open_page(qtbot, mail_clinic(25).with_changes(**change))
    assert problem in all_problems(page)


def all_problems(page: EmailPage) -> str:
    """The page's quick checks, then its slow one (run here, as the dialog's job runs it)."""
    slow = page.slow_problem()
    return page.problem() or (slow() if slow is not None else "")


def test_only_an_unencrypted_server_needs_the_slow_check(qtbot: QtBot) -> None:
    assert open_page(qtbot, mail_clinic(465, security=SmtpSecurity.SSL)).slow_problem() is None
    check = open_page(qtbot, mail_clinic(25)).slow_problem()
    assert check is not None
    assert check() == ""
