"""Drafts: handed to the mail program, or a .eml, or the saved PDF's folder."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from handouts.mail import (
    DraftKind,
    Email,
    InvalidAddress,
    make_draft,
    xdg_email_command,
)
from tests.handouts.mail.support import PATIENT
from tests.mail_server import (
    only_attachment,
)


def test_xdg_email_command_carries_the_message(email: Email, tmp_path: Path) -> None:
    pdf = tmp_path / "handout.pdf"
    assert xdg_email_command(email, pdf) == [
        "xdg-email",
        "--utf8",
        "--subject",
        email.subject,
        "--body",
        email.body,
        "--attach",
        str(pdf),
        PATIENT,
    ]


def test_xdg_email_command_refuses_a_bad_address(email: Email, tmp_path: Path) -> None:
    bad = Email("--help", email.subject, email.body, email.attachment, email.attachment_name)
    with pytest.raises(InvalidAddress):
        xdg_email_command(bad, tmp_path / "h.pdf")


def test_eml_draft_is_unsent_with_the_pdf_attached(
    email: Email, pdf: bytes, tmp_path: Path
) -> None:
    draft = make_draft(email, tmp_path / "drafts", platform="win32")
    assert draft.kind == DraftKind.EML
    assert draft.eml is not None
    assert draft.pdf.read_bytes() == pdf
    parsed = message_from_bytes(draft.eml.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed["X-Unsent"] == "1"
    assert parsed["To"] == PATIENT
    assert parsed["Subject"] == email.subject
    assert only_attachment(parsed) == (email.attachment_name, pdf)


def test_without_a_mail_program_the_pdf_is_saved_and_said(
    email: Email, pdf: bytes, tmp_path: Path
) -> None:
    draft = make_draft(email, tmp_path, platform="linux", which=lambda name: None)
    assert draft.kind == DraftKind.FOLDER
    assert draft.pdf == tmp_path / email.attachment_name
    assert draft.pdf.read_bytes() == pdf
    assert "No mail program was found" in draft.message
    assert str(tmp_path) in draft.message


def test_a_failing_mail_program_falls_back_to_the_folder(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    script = bin_folder / "xdg-email"
    script.write_text("#!/bin/sh\nexit 3\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    draft = make_draft(email, tmp_path / "out", platform="linux")
    assert draft.kind == DraftKind.FOLDER
    assert "did not open" in draft.message


def test_xdg_email_is_run_with_the_command(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    record = tmp_path / "args"
    script = bin_folder / "xdg-email"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    draft = make_draft(email, tmp_path / "out", platform="linux")
    assert draft.kind == DraftKind.XDG_EMAIL
    lines = record.read_text().split("\n")
    assert lines[:3] == ["--utf8", "--subject", email.subject]
    assert lines[-3:] == [str(draft.pdf), PATIENT, ""]


def test_no_mail_program_set_up_is_said_and_xdg_email_not_run(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """xdg-email "succeeds" with nothing opened when no program handles mailto: links."""
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    ran = tmp_path / "ran"
    (bin_folder / "xdg-email").write_text(f'#!/bin/sh\ntouch "{ran}"\nexit 0\n')
    (bin_folder / "xdg-mime").write_text("#!/bin/sh\nexit 0\n")
    for script in bin_folder.iterdir():
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    draft = make_draft(email, tmp_path / "out", platform="linux")
    assert draft.kind == DraftKind.FOLDER
    assert "No mail program is set up" in draft.message
    assert draft.pdf.is_file()
    assert not ran.exists()


def test_a_mail_program_set_up_is_used(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "xdg-email").write_text("#!/bin/sh\nexit 0\n")
    (bin_folder / "xdg-mime").write_text("#!/bin/sh\necho thunderbird.desktop\n")
    for script in bin_folder.iterdir():
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_folder))
    assert make_draft(email, tmp_path / "out", platform="linux").kind == DraftKind.XDG_EMAIL
