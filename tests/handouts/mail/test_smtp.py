"""Sending: a real SMTP server on loopback receives the email; failures say why plainly."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest

from handouts.mail import (
    Email,
    InvalidAddress,
    LoginRefused,
    SendFailed,
    is_loopback,
    make_draft,
    send,
)
from handouts.profile import SmtpSecurity
from tests.conftest import CLINIC_ADDRESS
from tests.handouts.mail.support import PATIENT, account
from tests.mail_server import (
    PASSWORD,
    USER,
    free_port,
    only_attachment,
    self_signed_certificate,
    server_tls_context,
    smtp_server,
)


def test_the_loopback_server_receives_exactly_the_message_shown(email: Email, pdf: bytes) -> None:
    with smtp_server() as server:
        send(email, account(server.port), None)
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT]
    assert received.mail_from == CLINIC_ADDRESS
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
