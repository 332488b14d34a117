"""`main.py render ... --email-to`: sends through a real SMTP server on loopback; exit code 5
with the reason on one line when sending fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from handouts.profile import ClinicProfile, SmtpSecurity, save_profile
from tests.conftest import CLINIC_ADDRESS, PATIENT_ADDRESS
from tests.handouts.cli.helpers import run_main
from tests.mail_server import PASSWORD, USER, free_port, only_attachment, smtp_server

PATIENT = PATIENT_ADDRESS
FROM = CLINIC_ADDRESS
HANDOUT = ["render", "--region", "low-back", "--patient", "Jane Doe", "--date", "2026-11-23"]


@pytest.fixture(autouse=True)
def no_system_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subprocess must never read the keychain of the machine running the tests."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("HEAT_OR_ICE_SMTP_PASSWORD", raising=False)


def account(port: int, *more: str) -> list[str]:
    return [
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--smtp-security",
        "none",
        "--email-from",
        FROM,
        *more,
    ]


def test_the_handout_is_emailed_byte_for_byte(tmp_path: Path) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text('[clinic]\nname = "Riverside Physio"\nclinician = "Dr Lee"\n', "utf-8")
    target = tmp_path / "handout.pdf"
    with smtp_server() as server:
        result = run_main(
            *HANDOUT,
            "--profile",
            str(profile),
            "-o",
            str(target),
            "--email-to",
            PATIENT,
            *account(server.port),
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(target), f"sent to {PATIENT}"]
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT]
    assert received.mail_from == FROM
    assert received.message["Subject"] == "Your heat or ice plan from Riverside Physio"
    body = received.message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert text.startswith("Hello Jane Doe,")
    assert "Dr Lee" in text
    assert only_attachment(received.message) == (
        "2026-11-23 Jane Doe - heat.pdf",
        target.read_bytes(),
    )


def test_the_account_comes_from_the_clinic_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEAT_OR_ICE_SMTP_PASSWORD", PASSWORD)
    with smtp_server(login=True) as server:
        save_profile(
            ClinicProfile(
                name="Riverside Physio",
                email_from=FROM,
                email_subject="Plan for {patient}",
                smtp_host="127.0.0.1",
                smtp_port=server.port,
                smtp_security=SmtpSecurity.NONE,
                smtp_user=USER,
            )
        )
        result = run_main(*HANDOUT, "-o", str(tmp_path / "h.pdf"), "--email-to", PATIENT)
    assert result.returncode == 0, result.stderr
    [received] = server.recorder.received
    assert received.mail_from == FROM
    assert received.message["Subject"] == "Plan for Jane Doe"


def test_login_with_the_password_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEAT_OR_ICE_SMTP_PASSWORD", PASSWORD)
    with smtp_server(login=True) as server:
        result = run_main(
            *HANDOUT,
            "-o",
            str(tmp_path / "h.pdf"),
            "--email-to",
            PATIENT,
            *account(server.port, "--smtp-user", USER),
        )
    assert result.returncode == 0, result.stderr
    assert len(server.recorder.received) == 1


def test_a_wrong_password_is_exit_5_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEAT_OR_ICE_SMTP_PASSWORD", "wrong")
    with smtp_server(login=True) as server:
        result = run_main(
            *HANDOUT,
            "-o",
            str(tmp_path / "h.pdf"),
            "--email-to",
            PATIENT,
            *account(server.port, "--smtp-user", USER),
        )
    assert result.returncode == 5
    assert result.stderr.count("\n") == 1
    assert "not sent" in result.stderr
    assert "refused the user name or password" in result.stderr
    assert "Traceback" not in result.stderr
    assert server.recorder.received == []


def test_no_password_anywhere_is_exit_5(tmp_path: Path) -> None:
    result = run_main(
        *HANDOUT,
        "-o",
        str(tmp_path / "h.pdf"),
        "--email-to",
        PATIENT,
        *account(free_port(), "--smtp-user", USER),
    )
    assert result.returncode == 5
    assert "HEAT_OR_ICE_SMTP_PASSWORD" in result.stderr


def test_server_down_is_exit_5(tmp_path: Path) -> None:
    result = run_main(
        *HANDOUT, "-o", str(tmp_path / "h.pdf"), "--email-to", PATIENT, *account(free_port())
    )
    assert result.returncode == 5
    assert result.stderr.count("\n") == 1
    assert "cannot be reached" in result.stderr


def test_a_refused_recipient_is_exit_5(tmp_path: Path) -> None:
    with smtp_server(refuse={PATIENT}) as server:
        result = run_main(
            *HANDOUT, "-o", str(tmp_path / "h.pdf"), "--email-to", PATIENT, *account(server.port)
        )
    assert result.returncode == 5
    assert f"refused the address {PATIENT}" in result.stderr


def test_bad_input_is_exit_2_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "h.pdf"
    bad_address = run_main(*HANDOUT, "-o", str(target), "--email-to", "pat.doe@", *account(25))
    assert bad_address.returncode == 2
    assert "missing after the @" in bad_address.stderr
    plain_far = run_main(
        *HANDOUT,
        "-o",
        str(target),
        "--email-to",
        PATIENT,
        "--smtp-host",
        "192.0.2.1",
        "--smtp-security",
        "none",
        "--email-from",
        FROM,
    )
    assert plain_far.returncode == 2
    assert "only allowed to a mail server on this machine" in plain_far.stderr
    lonely = run_main(*HANDOUT, "-o", str(target), "--smtp-host", "127.0.0.1")
    assert lonely.returncode == 2
    assert "--smtp-host: only used with --email-to" in lonely.stderr
    batch = run_main(
        "render", "--batch", str(tmp_path / "rows.csv"), "--email-to", PATIENT, *account(25)
    )
    assert batch.returncode == 2
    assert "not with --batch" in batch.stderr
    assert not target.exists()
