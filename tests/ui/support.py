"""Example data and readers shared by the window tests (one copy each)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, SmtpSecurity
from ui.dialogs.email.dialog import EmailDialog
from ui.dialogs.email.request import EmailRequest
from ui.window.main_window import MainWindow

# A render in this process (WeasyPrint already loaded), and one through a fresh render child.
RENDER_TIMEOUT_MS = 30_000
CHILD_TIMEOUT_MS = 60_000
MAIL_TIMEOUT_MS = 20_000

CLINIC = "Riverside Physio"
CLINICIAN = "Dr Lee"
CLINIC_ADDRESS = "desk@riverside.example"
PATIENT_NAME = "Jane Doe"
PATIENT_ADDRESS = "pat.doe@example.com"


def mail_clinic(
    port: int,
    user: str = "",
    security: SmtpSecurity = SmtpSecurity.NONE,
    save_folder: str = "",
) -> ClinicProfile:
    """The example clinic, sending through a mail server on this computer at `port`."""
    return ClinicProfile(
        name=CLINIC,
        clinician=CLINICIAN,
        email_from=CLINIC_ADDRESS,
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security=security,
        smtp_user=user,
        save_folder=save_folder,
    )


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def preview_text(window: MainWindow) -> str:
    """The text of the pages painted in the window's preview."""
    document = window.preview.document()
    assert document is not None
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def send_from_the_dialog(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    check: Callable[[EmailDialog], None] | None = None,
) -> list[EmailRequest]:
    """EmailDialog.compose made the real dialog, driven as a clinician would: `check` reads it
    as it opens, then the patient's address is typed and Send pressed. Returns the requests
    the dialog was opened with."""
    requests: list[EmailRequest] = []

    def compose(cls: type, parent: QWidget | None, request: EmailRequest) -> tuple[str, bool]:
        requests.append(request)
        dialog = EmailDialog(request, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        if check is not None:
            check(dialog)
        qtbot.keyClicks(dialog.to_edit, PATIENT_ADDRESS)
        with qtbot.waitSignal(dialog.result_ready, timeout=MAIL_TIMEOUT_MS):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return dialog.outcome(), bool(dialog.outcome())

    monkeypatch.setattr(EmailDialog, "compose", classmethod(compose))
    return requests
