"""The Email tab of the settings: the clinic's mail account, the message templates, a test."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from handouts.i18n import LANGUAGE_NAMES
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
from handouts.model import Language
from handouts.profile import ClinicProfile, SmtpSecurity
from handouts.settings import EMAIL_TEXT_KEYS, LANGUAGE_WORDS
from ui.dialogs.password import obtain_password
from ui.dialogs.settings.base import SettingsPage
from ui.services.mail import MailFailure, MailJobs
from ui.widgets.job_status import JobStatus

logger = logging.getLogger(__name__)

USUAL_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.SSL: 465}
SECURITY_NAMES = {
    SmtpSecurity.STARTTLS: "STARTTLS (usually port 587)",
    SmtpSecurity.SSL: "SSL/TLS (usually port 465)",
    SmtpSecurity.NONE: "None (only a server on this computer)",
}
NOT_ON_THIS_COMPUTER = (
    "Security None (unencrypted) is only allowed to a mail server on this computer. "
    "Choose STARTTLS or SSL/TLS."
)


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
        self._jobs = MailJobs(self)
        self.security_combo = QComboBox()
        for value, name in SECURITY_NAMES.items():
            self.security_combo.addItem(name, value)
        self.security_combo.activated.connect(self._security_chosen)
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
        self.status = JobStatus("Test result")
        self.progress, self.status_label = self.status.progress, self.status.label

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        self.host_edit: QLineEdit = self.add_field(form, "smtp_host", "Mail server")
        self.port_spin: QSpinBox = self.add_field(form, "smtp_port", "Mail server port")
        self.add_field(form, "smtp_security", "Connection security", widget=self.security_combo)
        self.user_edit: QLineEdit = self.add_field(form, "smtp_user", "User name")
        self.from_edit: QLineEdit = self.add_field(form, "email_from", "From address")
        self.languages = QTabWidget()
        self.languages.setAccessibleName("The email in each handout language")
        self.text_edits: dict[Language, tuple[QLineEdit, QPlainTextEdit]] = {}
        for language, (subject_key, body_key) in EMAIL_TEXT_KEYS.items():
            tab = QWidget()
            tab_form = QFormLayout(tab)
            words = LANGUAGE_WORDS[language]
            self.text_edits[language] = (
                self.add_field(tab_form, subject_key, f"Subject template in {words}"),
                self.add_field(tab_form, body_key, f"Message template in {words}"),
            )
            self.languages.addTab(tab, LANGUAGE_NAMES[language])
        self.subject_edit, self.body_edit = self.text_edits[Language.EN]
        form.addRow(QLabel("The email, in the handout's language:"))
        form.addRow(self.languages)
        form.addRow("", self.placeholders_label)
        form.addRow("", buttons)
        form.addRow("", self.progress)
        form.addRow("", self.status_label)

    def problem(self) -> str:
        profile = self.apply(self.dialog_profile())
        sender = profile.email_from
        if sender and address_problem(sender):
            return f"The from address {sender} is not usable: {address_problem(sender)}"
        for index, language in enumerate(EMAIL_TEXT_KEYS):
            try:
                prefilled_message(profile, patient="Jane Doe", language=language)
            except MailError as error:
                self.languages.setCurrentIndex(index)
                return str(error)
        return ""

    def slow_problem(self) -> Callable[[], str] | None:
        """Without encryption the server must be this computer: a DNS lookup, run off the
        GUI thread by the dialog."""
        profile = self.apply(self.dialog_profile())
        host = profile.smtp_host
        if not host or profile.smtp_security != SmtpSecurity.NONE:
            return None
        return lambda: "" if is_loopback(host) else NOT_ON_THIS_COMPUTER

    def _security_chosen(self, index: int) -> None:
        """Suggest the usual port when the security changes and the port was the other usual."""
        chosen = SmtpSecurity(self.security_combo.itemData(index))
        if chosen in USUAL_PORTS and self.port_spin.value() in USUAL_PORTS.values():
            self.port_spin.setValue(USUAL_PORTS[chosen])

    def _show(self, ok: bool, text: str) -> None:
        self.status.show(ok, text)

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
        self.status.set_busy(True)
        self._show(True, f"Sending a test to {account.sender}…")
        email = account_test_email(account)
        self._jobs.run(
            lambda: send(email, account, password),
            lambda _result: self._test_done(True, None),
            lambda error: self._test_done(False, error),
        )

    def _test_done(self, ok: bool, result: MailFailure | None) -> None:
        self._busy = False
        self.test_button.setEnabled(True)
        self.status.set_busy(False)
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
