"""The Email tab of the settings: the clinic's mail account, the message templates, a test."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from handouts.mail import (
    PLACEHOLDERS,
    LoginRefused,
    MailError,
    SmtpAccount,
    account_test_email,
    address_problem,
    check_account,
    forget_password,
    is_loopback,
    prefilled_message,
    send,
)
from handouts.profile import ClinicProfile, SmtpSecurity
from ui.email_dialog import PROBLEM_STYLE, SENT_STYLE, Relay, obtain_password, run_in_background
from ui.settings import SETTINGS_PAGES, SettingsPage, line_edit

logger = logging.getLogger(__name__)

USUAL_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465}


class EmailPage(SettingsPage):
    """How handouts are emailed: the SMTP account (password in the keychain) and the wording."""

    title = "Email"
    test_finished = Signal(bool, str)  # ok, the plain words shown

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        self._busy = False
        self._ask_password = False
        self._note = ""
        self._account = SmtpAccount(host="")
        self._relay = Relay(self)
        self._relay.finished.connect(self._test_done)
        self.host_edit = line_edit("Mail server", "e.g. smtp.example.org")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setAccessibleName("Mail server port")
        self.port_spin.setToolTip("Usually 587 for STARTTLS and 465 for SSL/TLS")
        self.security_combo = QComboBox()
        self.security_combo.addItem("STARTTLS (usually port 587)", SmtpSecurity.STARTTLS)
        self.security_combo.addItem("SSL/TLS (usually port 465)", SmtpSecurity.SSL)
        self.security_combo.addItem("None (only a server on this computer)", SmtpSecurity.NONE)
        self.security_combo.setAccessibleName("Connection security")
        self.security_combo.activated.connect(self._security_chosen)
        self.user_edit = line_edit("User name", "The mail account's user name; often the address")
        self.from_edit = line_edit("From address", "The clinic's address the patient sees")
        self.subject_edit = line_edit("Subject template", "The subject of every handout email")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Message template")
        self.body_edit.setTabChangesFocus(True)
        words = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        self.placeholders_label = QLabel(
            f"The templates may use {words}. {{patient_greeting}} is a space and the patient's "
            "name, or nothing when no name was typed."
        )
        self.placeholders_label.setWordWrap(True)
        self.test_button = QPushButton("Send &test email")
        self.test_button.setAccessibleName("Send test email")
        self.test_button.setToolTip("Send a short test from the account to its own address")
        self.test_button.clicked.connect(self.send_test)
        self.forget_button = QPushButton("Forget the stored pass&word")
        self.forget_button.setAccessibleName("Forget the stored password")
        self.forget_button.clicked.connect(self._forget)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName("Working")
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Test result")
        self.status_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow("Mail &server:", self.host_edit)
        form.addRow("&Port:", self.port_spin)
        form.addRow("Securit&y:", self.security_combo)
        form.addRow("&User name:", self.user_edit)
        form.addRow("&From address:", self.from_edit)
        form.addRow("Su&bject:", self.subject_edit)
        form.addRow("&Message:", self.body_edit)
        form.addRow("", self.placeholders_label)
        form.addRow("", buttons)
        form.addRow("", self.progress)
        form.addRow("", self.status_label)

    def load(self, profile: ClinicProfile) -> None:
        self.host_edit.setText(profile.smtp_host)
        self.port_spin.setValue(profile.smtp_port)
        self.security_combo.setCurrentIndex(
            max(0, self.security_combo.findData(profile.smtp_security))
        )
        self.user_edit.setText(profile.smtp_user)
        self.from_edit.setText(profile.email_from)
        self.subject_edit.setText(profile.email_subject)
        self.body_edit.setPlainText(profile.email_body)

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        return profile.with_changes(
            smtp_host=self.host_edit.text().strip(),
            smtp_port=self.port_spin.value(),
            smtp_security=SmtpSecurity(self.security_combo.currentData()),
            smtp_user=self.user_edit.text().strip(),
            email_from=self.from_edit.text().strip(),
            email_subject=self.subject_edit.text(),
            email_body=self.body_edit.toPlainText(),
        )

    def problem(self) -> str:
        profile = self.apply(self.dialog_profile())
        sender = profile.email_from
        if sender and address_problem(sender):
            return f"The from address {sender} is not usable: {address_problem(sender)}"
        try:
            prefilled_message(profile, patient="Jane Doe")
        except MailError as error:
            return str(error)
        host = profile.smtp_host
        if host and profile.smtp_security == SmtpSecurity.NONE and not is_loopback(host):
            return (
                "Security None (unencrypted) is only allowed to a mail server on this computer. "
                "Choose STARTTLS or SSL/TLS."
            )
        return ""

    def _security_chosen(self, index: int) -> None:
        """Suggest the usual port when the security changes and the port was the other usual."""
        chosen = SmtpSecurity(self.security_combo.itemData(index))
        if chosen in USUAL_PORTS and self.port_spin.value() in USUAL_PORTS.values():
            self.port_spin.setValue(USUAL_PORTS[chosen])

    def _show(self, ok: bool, text: str) -> None:
        self.status_label.setStyleSheet(SENT_STYLE if ok else PROBLEM_STYLE)
        self.status_label.setText(text)

    def _forget(self) -> None:
        account = SmtpAccount.from_profile(self.apply(self.dialog_profile()))
        forget_password(account.host, account.user)
        self._ask_password = True
        self._show(True, "Any stored password for this account is forgotten.")

    def send_test(self) -> None:
        """Send a test message from the account to its own address, off the GUI thread."""
        if self._busy:
            return
        account = SmtpAccount.from_profile(self.apply(self.dialog_profile()))
        try:
            check_account(account)
        except MailError as error:
            self._finish_test(False, f"No test sent. {error}")
            return
        password, go_on, note = obtain_password(self, account, ask=self._ask_password)
        if not go_on:
            self._finish_test(False, "No test sent: no password was given.")
            return
        self._busy = True
        self._note = note
        self._account = account
        self.test_button.setEnabled(False)
        self.progress.setVisible(True)
        self._show(True, f"Sending a test to {account.sender}…")
        email = account_test_email(account)
        run_in_background(lambda: send(email, account, password), self._relay)

    @Slot()
    def _test_done(self) -> None:
        ok, result = self._relay.result()
        self._busy = False
        self.test_button.setEnabled(True)
        self.progress.setVisible(False)
        self._ask_password = isinstance(result, LoginRefused)
        if ok:
            text = f"Test email sent to {self._account.sender}. Check that it arrived.{self._note}"
        else:
            text = f"No test sent. {result}{self._note}"
        self._finish_test(ok, text)

    def _finish_test(self, ok: bool, text: str) -> None:
        self._show(ok, text)
        self.test_finished.emit(ok, text)

    def is_busy(self) -> bool:
        return self._busy


if EmailPage not in SETTINGS_PAGES:
    SETTINGS_PAGES.append(EmailPage)
