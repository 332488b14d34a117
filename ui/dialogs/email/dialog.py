"""The "Email..." dialog: send the handout now (SMTP) or open it in the user's mail program.

What the clinician sees in the fields is exactly what is sent. Sending runs off the GUI
thread; the result comes back by signal and is shown in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
    send,
    with_standard_wording,
)
from ui.dialogs.email.request import EmailRequest, account_summary
from ui.dialogs.password import obtain_password
from ui.services.mail import MailFailure, MailJobs
from ui.style import PROBLEM_STYLE
from ui.widgets.job_status import JobStatus

logger = logging.getLogger(__name__)


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
        self._sent_email: Email | None = None
        # The dialog cannot close while a job runs, so the jobs never outlive it.
        self._jobs = MailJobs(self)
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
        self.status = JobStatus("Result", selectable=True)
        self.progress, self.status_label = self.status.progress, self.status.label

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
                request.profile, patient=request.patient, clinician=request.clinician,
                language=request.language,
            )  # fmt: skip
        except MailError as error:
            standard = with_standard_wording(request.profile, request.language)
            subject, body = prefilled_message(
                standard, patient=request.patient, clinician=request.clinician,
                language=request.language,
            )  # fmt: skip
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
        self.status.show(ok, text)

    def _start(
        self, busy_text: str, job: Callable[[], Any], answer: Callable[[bool, Any], None]
    ) -> None:
        """Run `job` off the GUI thread; answer(ok, result or MailFailure) back on it."""
        self._busy = True
        self._update_buttons()
        self.status.set_busy(True)
        self.status.show(None, busy_text)

        def done(ok: bool, result: Any) -> None:
            self._busy = False
            self.status.set_busy(False)
            self._update_buttons()
            answer(ok, result)

        self._jobs.run(
            job,
            lambda result: done(True, result),
            lambda error: done(False, error),
        )

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
            f"Sending to {email.to}…",
            lambda: send(email, account, password),
            lambda ok, result: self._sent(ok, result, email),
        )

    def _sent(self, ok: bool, result: MailFailure | None, email: Email) -> None:
        if ok:
            text = f"Sent to {email.to}.{self._note}"
            self._outcome = text
            self._sent_email = email
            if self.request.on_delivered is not None:
                self.request.on_delivered("emailed", email.to)
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
        self._start("Opening your mail program…", lambda: make_draft(email, folder), self._drafted)

    def _drafted(self, ok: bool, result: Any) -> None:
        if not ok:
            text = f"The draft could not be made. {result}"
            self._show(False, text)
            self.result_ready.emit(False, text)
            return
        draft: Draft = result
        text = draft.message
        opened = True
        if draft.kind == DraftKind.EML and not (
            draft.eml and self.open_in_system(QUrl.fromLocalFile(str(draft.eml)))
        ):
            text = folder_message(draft.pdf, "The draft could not be opened")
            opened = False
        elif draft.kind == DraftKind.FOLDER:
            opened = False
        if not opened and not self.open_in_system(QUrl.fromLocalFile(str(draft.pdf.parent))):
            text += f" (The folder could not be shown either: look in {draft.pdf.parent}.)"
        self._outcome = text
        if self.request.on_delivered is not None:
            # Handed to the mail program, or (when none took it) saved for attaching by hand.
            self.request.on_delivered("draft" if opened else "saved", self.email().to)
        # Green only when the mail program really took the message; the fallback is a
        # problem said plainly, with the saved PDF to attach by hand.
        self._show(opened, text)
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
