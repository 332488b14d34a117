"""Example data and helpers shared by the mail tests."""

from __future__ import annotations

from handouts.mail import SmtpAccount
from handouts.profile import SmtpSecurity
from tests.conftest import CLINIC_ADDRESS, MAIL_CLINIC, PATIENT_ADDRESS

PATIENT = PATIENT_ADDRESS
PROFILE = MAIL_CLINIC


def account(
    port: int, security: SmtpSecurity = SmtpSecurity.NONE, user: str = "", host: str = "127.0.0.1"
) -> SmtpAccount:
    return SmtpAccount(host, port, security, user, CLINIC_ADDRESS)
