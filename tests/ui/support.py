"""Example data and readers shared by the window tests (one copy each)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from handouts.profile import ClinicProfile, SmtpSecurity
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
