"""The message: templates filled in, one-line subject, a safe attachment name."""

from __future__ import annotations

import pytest

from handouts.mail import (
    Email,
    TemplateError,
    attachment_name,
    compose,
    prefilled_message,
)
from handouts.profile import ClinicProfile
from tests.handouts.mail.support import PATIENT, PROFILE


def test_templates_name_the_patient_only_when_typed() -> None:
    subject, body = prefilled_message(PROFILE)
    assert subject == "Your heat or ice plan from Riverside Physio"
    assert body.startswith("Hello,\n")
    assert body.endswith("Best wishes,\nDr Lee\nRiverside Physio")
    _, named = prefilled_message(PROFILE, patient="  Jane   Doe ")
    assert named.startswith("Hello Jane Doe,\n")


def test_an_empty_clinician_leaves_no_blank_line() -> None:
    _, body = prefilled_message(ClinicProfile(name="Riverside Physio"))
    assert body.endswith("Best wishes,\nRiverside Physio")


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("Plan for {patient_name}", r"uses \{patient_name\}, which is unknown"),
        ("Plan {}", r"uses \{\}, which is unknown"),
        ("Plan {0}", r"uses \{0\}, which is unknown"),
        ("Plan {clinic.__class__}", "which is unknown"),
        ("Plan { from us", "not part of a placeholder"),
        ("Plan {clinic!z}", "cannot be filled in"),
    ],
)
def test_bad_templates_are_a_plain_error(template: str, problem: str) -> None:
    with pytest.raises(TemplateError, match=problem) as failure:
        prefilled_message(PROFILE.with_changes(email_subject=template))
    assert "email settings" in str(failure.value)


def test_a_multi_line_subject_is_refused(email: Email) -> None:
    with pytest.raises(Exception, match="single line"):
        compose(Email(PATIENT, "one\nBcc: x@example.com", "", b"%PDF", "h.pdf"))


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("2026-11-23 Jane Doe - heat.pdf", "2026-11-23 Jane Doe - heat.pdf"),
        ("../../etc/passwd", "etc passwd.pdf"),
        ("", "handout.pdf"),
        ("plan\r\nX: y", "plan X y.pdf"),
    ],
)
def test_attachment_names_are_safe(name: str, safe: str) -> None:
    assert attachment_name(name) == safe
