"""The "Email..." dialog: send the handout now (SMTP) or open it in the user's mail program.

What the clinician sees in the fields is exactly what is sent. Sending runs off the GUI
thread; the result comes back by signal and is shown in plain words.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handouts.files import WriteFailed
from handouts.mail import (
    Draft,
    DraftKind,
    Email,
    LoginRefused,
    MailError,
    SmtpAccount,
    address_problem,
    attachment_name,
    draft_folder,
    folder_message,
    make_draft,
    prefilled_message,
    remember_password,
    send,
    stored_password,
)
from handouts.profile import DEFAULT_EMAIL_BODY, DEFAULT_EMAIL_SUBJECT, ClinicProfile, SmtpSecurity

logger = logging.getLogger(__name__)

SECURITY_WORDS = {
    SmtpSecurity.STARTTLS: "STARTTLS",
    SmtpSecurity.SSL: "SSL/TLS",
    SmtpSecurity.NONE: "no encryption",
}
PROBLEM_STYLE = "color: #a00000"
SENT_STYLE = "color: #1a5e20; font-weight: bold"


@dataclass(frozen=True)
class EmailRequest:
    """What the window hands the dialog: the final PDF and who it is for."""

    profile: ClinicProfile
    pdf: bytes
    attachment_name: str
    patient: str = ""
    clinician: str = ""


class Relay(QObject):
    """Carries a background job's result back to the GUI thread.

    The result stays a Python attribute and the signal carries nothing: passing Python objects
    through a queued signal from a non-Qt thread crashed PySide now and then.
    """

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._result: tuple[bool, Any] = (False, None)

    def deliver(self, ok: bool, result: Any) -> None:
        with self._lock:
            self._result = (ok, result)
        self.finished.emit()

    def result(self) -> tuple[bool, Any]:
        """(ok, the job's value or its MailError / WriteFailed)."""
        with self._lock:
            return self._result


def run_in_background(job: Callable[[], Any], relay: Relay) -> threading.Thread:
    """Run `job` in a thread; `relay.finished` is emitted once its result or failure is in."""

    def work() -> None:
        try:
            result = job()
        except (MailError, WriteFailed) as error:
            relay.deliver(False, error)
        except Exception as error:  # a bug must still end the progress indicator
            # The type only: a message or traceback could carry the patient's address.
            logger.error("email job failed: %s", type(error).__name__)
            relay.deliver(False, MailError(f"Something went wrong ({type(error).__name__})."))
        else:
            relay.deliver(True, result)

    thread = threading.Thread(target=work, name="email", daemon=True)
    thread.start()
    return thread


class PasswordDialog(QDialog):
    """Ask for the mail account's password, and whether to keep it in the system keychain."""

    def __init__(self, account: SmtpAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mail account password")
        self.setAccessibleName("Mail account password")
        label = QLabel(f"Password for {account.user} on {account.host}:")
        label.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        label.setBuddy(self.password_edit)
        self.remember_box = QCheckBox("&Remember it in this computer's keychain")
        self.remember_box.setAccessibleName("Remember the password")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.remember_box)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, account: SmtpAccount) -> tuple[tuple[str, bool], bool]:
        """((password, remember), accepted)."""
        dialog = cls(account, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = (dialog.password_edit.text(), dialog.remember_box.isChecked())
        dialog.deleteLater()
        return value, accepted and bool(value[0])


def obtain_password(
    parent: QWidget, account: SmtpAccount, *, ask: bool = False
) -> tuple[str | None, bool, str]:
    """(password, go on, note): the keychain's, else asked for (and kept if wished)."""
    if not account.user:
        return None, True, ""
    if not ask:
        stored = stored_password(account.host, account.user)
        if stored:
            return stored, True, ""
    (password, remember), accepted = PasswordDialog.ask(parent, account)
    if not accepted:
        return None, False, ""
    note = ""
    if remember and not remember_password(account.host, account.user, password):
        note = (
            " The password could not be kept: no keychain works on this computer, so it is "
            "asked for each time."
        )
    return password, True, note


def account_summary(account: SmtpAccount) -> str:
    if not account.host or not account.sender:
        return (
            "No mail account is set up for sending. Fill it in under Settings > Email, or "
            "open the message in your mail program."
        )
    return (
        f"Sends from {account.sender} through {account.host}:{account.port} "
        f"({SECURITY_WORDS[account.security]})."
    )


class EmailDialog(QDialog):
    """Email the handout. `compose` returns (what happened, accepted)."""

    result_ready = Signal(bool, str)  # ok, the plain words shown to the user

    def __init__(self, request: EmailRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.account = SmtpAccount.from_profile(request.profile)
        self._busy = False
        self._ask_password = False
        self._note = ""
        self._outcome = ""
        self._job = ""  # "send" or "draft": which result handler the finished job goes to
        self._job_email: Email | None = None
        self._sent_email: Email | None = None
        # One relay for the dialog's life: it outlives every job (the dialog cannot close while
        # one runs), so no Qt object is destroyed while a worker thread may still use it.
        self._relay = Relay(self)
        self._relay.finished.connect(self._job_finished)
        self.setWindowTitle("Email the handout")
        self.setAccessibleName("Email the handout")
        self.setMinimumWidth(520)

        self.to_edit = QLineEdit()
        self.to_edit.setAccessibleName("Patient's email address")
        self.to_edit.setPlaceholderText("name@example.com")
        self.address_label = QLabel()
        self.address_label.setAccessibleName("Address problem")
        self.address_label.setStyleSheet(PROBLEM_STYLE)
        self.address_label.setWordWrap(True)
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName("Subject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Message")
        self.body_edit.setTabChangesFocus(True)
        name = attachment_name(request.attachment_name)
        size_kb = max(1, round(len(request.pdf) / 1024))
        self.attachment_label = QLabel(f"{name} ({size_kb} KB)")
        self.attachment_label.setAccessibleName("Attached file")
        self.account_label = QLabel(account_summary(self.account))
        self.account_label.setAccessibleName("Mail account")
        self.account_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName("Working")
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Result")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_button = QPushButton("&Send now")
        self.send_button.setAccessibleName("Send now")
        self.send_button.setToolTip("Send it from the clinic's mail account")
        self.draft_button = QPushButton("&Open in my mail program")
        self.draft_button.setAccessibleName("Open in my mail program")
        self.draft_button.setToolTip("A new message with the handout attached, to check and send")
        self.close_button = QPushButton("Close")
        self.close_button.setAccessibleName("Close")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send_now)
        self.draft_button.clicked.connect(self.open_draft)
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        to_label = QLabel("&To:")
        to_label.setBuddy(self.to_edit)
        form.addRow(to_label, self.to_edit)
        form.addRow("", self.address_label)
        subject_label = QLabel("S&ubject:")
        subject_label.setBuddy(self.subject_edit)
        form.addRow(subject_label, self.subject_edit)
        body_label = QLabel("&Message:")
        body_label.setBuddy(self.body_edit)
        form.addRow(body_label, self.body_edit)
        form.addRow("Attached:", self.attachment_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.account_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self._prefill()
        self.to_edit.textChanged.connect(self._address_changed)
        self.subject_edit.textChanged.connect(self._update_buttons)
        self.body_edit.textChanged.connect(self._update_buttons)
        self._address_changed(self.to_edit.text())

    def _prefill(self) -> None:
        request = self.request
        try:
            subject, body = prefilled_message(
                request.profile, patient=request.patient, clinician=request.clinician
            )
        except MailError as error:
            standard = request.profile.with_changes(
                email_subject=DEFAULT_EMAIL_SUBJECT, email_body=DEFAULT_EMAIL_BODY
            )
            subject, body = prefilled_message(
                standard, patient=request.patient, clinician=request.clinician
            )
            self._show(False, f"{error} The standard wording is shown instead.")
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)

    def _address_changed(self, text: str) -> None:
        problem = address_problem(text) if text.strip() else ""
        self.address_label.setText(problem)
        self.address_label.setVisible(bool(problem))
        self._update_buttons()

    def _update_buttons(self) -> None:
        usable = not self._busy and not address_problem(self.to_edit.text())
        # Once sent, Send stays off until something changes: no accidental second email.
        already_sent = self._sent_email is not None and self._sent_email == self.email()
        self.send_button.setEnabled(
            usable and bool(self.account.host and self.account.sender) and not already_sent
        )
        self.draft_button.setEnabled(usable)
        self.close_button.setEnabled(not self._busy)
        self.to_edit.setReadOnly(self._busy)
        self.subject_edit.setReadOnly(self._busy)
        self.body_edit.setReadOnly(self._busy)

    def email(self) -> Email:
        """The message exactly as shown in the fields."""
        return Email(
            to=self.to_edit.text().strip(),
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            attachment=self.request.pdf,
            attachment_name=attachment_name(self.request.attachment_name),
            from_address=self.account.sender,
        )

    def _show(self, ok: bool, text: str) -> None:
        self.status_label.setStyleSheet(SENT_STYLE if ok else PROBLEM_STYLE)
        self.status_label.setText(text)

    def _start(self, busy_text: str, kind: str, email: Email, job: Callable[[], Any]) -> None:
        self._busy = True
        self._update_buttons()
        self.progress.setVisible(True)
        self.status_label.setStyleSheet("")
        self.status_label.setText(busy_text)
        self._job = kind
        self._job_email = email
        run_in_background(job, self._relay)

    @Slot()
    def _job_finished(self) -> None:
        """Back on the GUI thread (a queued connection to this dialog)."""
        ok, result = self._relay.result()
        self._busy = False
        self.progress.setVisible(False)
        self._update_buttons()
        email = self._job_email
        assert email is not None
        if self._job == "send":
            self._sent(ok, result, email)
        else:
            self._drafted(ok, result)

    def send_now(self) -> None:
        """Send the message shown through the clinic's account, off the GUI thread."""
        if self._busy:
            return
        email = self.email()
        password, go_on, note = obtain_password(self, self.account, ask=self._ask_password)
        if not go_on:
            self._show(False, "Not sent: no password was given.")
            return
        self._note = note
        account = self.account
        self._start(
            f"Sending to {email.to}…", "send", email, lambda: send(email, account, password)
        )

    def _sent(self, ok: bool, result: Any, email: Email) -> None:
        if ok:
            text = f"Sent to {email.to}.{self._note}"
            self._outcome = text
            self._sent_email = email
            self._update_buttons()
        else:
            self._ask_password = isinstance(result, LoginRefused)
            text = f"Not sent. {result}{self._note}"
        self._show(ok, text)
        self.result_ready.emit(ok, text)

    def open_draft(self) -> None:
        """Hand the message to the user's mail program (or save the PDF and show its folder)."""
        if self._busy:
            return
        email = self.email()
        folder = draft_folder(self.request.profile)
        self._start("Opening your mail program…", "draft", email, lambda: make_draft(email, folder))

    def _drafted(self, ok: bool, result: Any) -> None:
        if not ok:
            text = f"The draft could not be made. {result}"
            self._show(False, text)
            self.result_ready.emit(False, text)
            return
        draft: Draft = result
        text = draft.message
        if draft.kind == DraftKind.EML and not (
            draft.eml and self.open_in_system(QUrl.fromLocalFile(str(draft.eml)))
        ):
            text = folder_message(draft.pdf, "The draft could not be opened")
            self.open_in_system(QUrl.fromLocalFile(str(draft.pdf.parent)))
        elif draft.kind == DraftKind.FOLDER:
            self.open_in_system(QUrl.fromLocalFile(str(draft.pdf.parent)))
        self._outcome = text
        self._show(True, text)
        self.result_ready.emit(True, text)

    @classmethod
    def open_in_system(cls, url: QUrl) -> bool:
        """Open a file or folder with the system's program (tests replace this)."""
        return QDesktopServices.openUrl(url)

    def outcome(self) -> str:
        """What was done, in plain words, or "" when nothing was sent or drafted."""
        return self._outcome

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
        else:
            super().closeEvent(event)

    @classmethod
    def compose(cls, parent: QWidget | None, request: EmailRequest) -> tuple[str, bool]:
        """Show the dialog; (what happened, True) once sent or drafted, else ("", False)."""
        dialog = cls(request, parent)
        dialog.exec()
        outcome = dialog.outcome()
        dialog.deleteLater()
        return outcome, bool(outcome)
