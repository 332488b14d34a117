"""Fixtures of the mail tests: a small PDF and the email a clinician would send."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from handouts.mail import Email, prefilled_message
from tests.handouts.mail.support import PATIENT, PROFILE


@pytest.fixture(scope="module")
def pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Heat for your low back"})
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


@pytest.fixture
def email(pdf: bytes) -> Email:
    subject, body = prefilled_message(PROFILE, patient="Jane Doe")
    return Email(PATIENT, subject, body, pdf, "2026-11-23 Jane Doe - heat.pdf")
