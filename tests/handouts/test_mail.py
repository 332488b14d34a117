"""Emailing the handout: a real SMTP server on loopback receives it; failures say why plainly."""

from __future__ import annotations

import io
import logging
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import keyring
import pytest
from pypdf import PdfWriter

from handouts.mail import (
    DraftKind,
    Email,
    InvalidAddress,
    LoginRefused,
    SendFailed,
    SmtpAccount,
    TemplateError,
    address_problem,
    attachment_name,
    check_address,
    compose,
    forget_password,
    is_loopback,
    make_draft,
    prefilled_message,
    remember_password,
    send,
    stored_password,
    xdg_email_command,
)
from handouts.profile import ClinicProfile, SmtpSecurity
from tests.mail_server import (
    PASSWORD,
    USER,
    MemoryKeyring,
    free_port,
    only_attachment,
    self_signed_certificate,
    server_tls_context,
    smtp_server,
)

PATIENT = "pat.doe@example.com"
PROFILE = ClinicProfile(
    name="Riverside Physio", clinician="Dr Lee", email_from="desk@riverside.example"
)


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


def account(
    port: int, security: SmtpSecurity = SmtpSecurity.NONE, user: str = "", host: str = "127.0.0.1"
) -> SmtpAccount:
    return SmtpAccount(host, port, security, user, "desk@riverside.example")


def test_the_loopback_server_receives_exactly_the_message_shown(email: Email, pdf: bytes) -> None:
    with smtp_server() as server:
        send(email, account(server.port), None)
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT]
    assert received.mail_from == "desk@riverside.example"
    assert received.message["To"] == PATIENT
    assert received.message["Subject"] == "Your heat or ice plan from Riverside Physio"
    text = received.message.get_body(("plain",))
    assert text is not None
    assert text.get_content().replace("\r\n", "\n").rstrip("\n") == email.body
    assert email.body.startswith("Hello Jane Doe,")
    assert only_attachment(received.message) == ("2026-11-23 Jane Doe - heat.pdf", pdf)


def test_login_with_the_right_password_sends(email: Email) -> None:
    with smtp_server(login=True) as server:
        send(email, account(server.port, user=USER), PASSWORD)
    assert len(server.recorder.received) == 1


def test_wrong_password_is_said_plainly(email: Email) -> None:
    with smtp_server(login=True) as server, pytest.raises(SendFailed) as failure:
        send(email, account(server.port, user=USER), "wrong")
    assert "refused the user name or password" in str(failure.value)
    assert isinstance(failure.value, LoginRefused)
    assert server.recorder.received == []


def test_a_missing_password_is_asked_for_not_sent_empty(email: Email) -> None:
    with pytest.raises(SendFailed, match="password is needed"):
        send(email, account(free_port(), user=USER), None)


def test_server_down_is_said_plainly(email: Email) -> None:
    with pytest.raises(SendFailed, match=r"cannot be reached \(the connection was refused\)"):
        send(email, account(free_port()), None)


def test_unknown_server_name_is_said_plainly(email: Email) -> None:
    with pytest.raises(SendFailed, match="could not be found"):
        send(email, account(25, SmtpSecurity.STARTTLS, host="no-such-host.invalid"), None)


def test_a_server_that_never_answers_times_out(email: Email) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        with pytest.raises(SendFailed, match="did not answer in time"):
            send(email, account(silent.getsockname()[1]), None, timeout=0.3)


def test_a_recipient_refused_by_the_server_is_said_plainly(email: Email) -> None:
    with smtp_server(refuse={PATIENT}) as server, pytest.raises(SendFailed) as failure:
        send(email, account(server.port), None)
    assert f"refused the address {PATIENT}" in str(failure.value)
    assert "No such mailbox" in str(failure.value)
    assert server.recorder.received == []


def test_a_bad_address_is_refused_before_connecting(email: Email) -> None:
    bad = Email("pat.doe@", email.subject, email.body, email.attachment, email.attachment_name)
    with smtp_server() as server, pytest.raises(InvalidAddress, match="missing after the @"):
        send(bad, account(server.port), None)
    assert server.recorder.received == []


def test_plain_connections_are_refused_to_other_machines(email: Email) -> None:
    with pytest.raises(SendFailed, match="only allowed to a mail server on this computer"):
        send(email, account(25, host="192.0.2.1"), None)
    assert not is_loopback("192.0.2.1")
    assert is_loopback("127.0.0.1")
    assert is_loopback("localhost")


def test_an_untrusted_certificate_is_a_certificate_problem(email: Email, tmp_path: Path) -> None:
    cert, key = self_signed_certificate(tmp_path)
    with smtp_server(tls_context=server_tls_context(cert, key)) as server:
        with pytest.raises(SendFailed, match="Certificate problem") as failure:
            send(email, account(server.port, SmtpSecurity.STARTTLS, host="localhost"), None)
        assert "self-signed" in str(failure.value) or "self signed" in str(failure.value)
    assert server.recorder.received == []


def test_starttls_with_a_trusted_certificate_sends(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    with smtp_server(tls_context=server_tls_context(cert, key), login=True) as server:
        send(email, account(server.port, SmtpSecurity.STARTTLS, USER, host="localhost"), PASSWORD)
    assert len(server.recorder.received) == 1


def test_ssl_with_a_trusted_certificate_sends(
    email: Email, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    context = server_tls_context(cert, key)
    with smtp_server(tls_context=context, implicit_tls=True) as server:
        send(email, account(server.port, SmtpSecurity.SSL, host="localhost"), None)
    assert len(server.recorder.received) == 1


def test_starttls_to_a_server_without_it_is_refused(email: Email) -> None:
    with smtp_server() as server, pytest.raises(SendFailed, match="does not offer STARTTLS"):
        send(email, account(server.port, SmtpSecurity.STARTTLS), None)
    assert server.recorder.received == []


def test_ssl_to_a_plain_server_is_said_plainly(email: Email) -> None:
    with smtp_server() as server, pytest.raises(SendFailed, match="secure connection"):
        send(email, account(server.port, SmtpSecurity.SSL), None)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Type the patient's email address"),
        ("   ", "Type the patient's email address"),
        ("jane doe@example.com", "no spaces"),
        ("jane.example.com", "exactly one @"),
        ("jane@@example.com", "exactly one @"),
        ("@example.com", "missing before the @"),
        ("jane@", "missing after the @"),
        ("jane@example", "valid domain"),
        ("jane@exa_mple.com", "valid domain"),
        ("jane..doe@example.com", "not allowed"),
        ("-jane@example.com", "not allowed"),
        ("a@example.com, b@example.com", "one email address only"),
    ],
)
def test_bad_addresses_are_explained(text: str, problem: str) -> None:
    assert problem in address_problem(text)
    with pytest.raises(InvalidAddress, match=problem):
        check_address(text)


@pytest.mark.parametrize(
    "text", ["jane@example.com", " Jane.Doe+knee@mail.example.co.uk ", "o'brien@example.ie"]
)
def test_good_addresses_pass(text: str) -> None:
    assert address_problem(text) == ""
    assert check_address(text) == text.strip()


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


def test_password_round_trips_through_the_keychain(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        assert stored_password("smtp.example.org", USER) is None
        assert remember_password("smtp.example.org", USER, PASSWORD)
        assert stored_password("smtp.example.org", USER) == PASSWORD
        assert stored_password("other.example.org", USER) is None
        assert memory.secrets == {("heat-or-ice-smtp", f"{USER}@smtp.example.org"): PASSWORD}
        forget_password("smtp.example.org", USER)
        assert stored_password("smtp.example.org", USER) is None
    finally:
        keyring.set_keyring(previous)
    assert not any(
        PASSWORD in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )


def test_without_a_keychain_the_password_is_asked_each_time() -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert stored_password("smtp.example.org", USER) is None
        assert remember_password("smtp.example.org", USER, PASSWORD) is False
    finally:
        keyring.set_keyring(previous)


def test_nothing_about_the_patient_is_logged(
    email: Email, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with smtp_server() as server:
        send(email, account(server.port), None)
    with smtp_server(refuse={PATIENT}) as server, pytest.raises(SendFailed):
        send(email, account(server.port), None)
    with pytest.raises(SendFailed):
        send(email, account(free_port()), None)
    make_draft(email, tmp_path, platform="linux", which=lambda name: None)
    make_draft(email, tmp_path, platform="win32")
    ours = [r for r in caplog.records if r.name.split(".")[0] in ("handouts", "ui")]
    logged = "\n".join(record.getMessage() for record in ours)
    assert "email sent" in logged
    for private in (PATIENT, "pat.doe", "Jane", "Doe", email.subject):
        assert private not in logged
