"""`render --language en|fr|es`, the batch's `language` column and the email's language, in
real processes; the record keeps the language written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from handouts.model import Language
from handouts.profile import ClinicProfile, save_profile
from tests.conftest import CLINIC_ADDRESS, PATIENT_ADDRESS
from tests.handouts.cli.helpers import run_main
from tests.mail_server import smtp_server

BACK = ["render", "--region", "low-back", "--sign", "spasm", "--date", "2026-11-23"]
LISTED = "Choose one of: en (English), fr (Français), es (Español)."


@pytest.fixture(autouse=True)
def no_system_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subprocess must never read the keychain of the machine running the tests."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("HEAT_OR_ICE_SMTP_PASSWORD", raising=False)


def lang(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_render_language_is_the_pdfs_and_the_records(tmp_path: Path) -> None:
    target = tmp_path / "fr.pdf"
    result = run_main(*BACK, "--patient", "Jane Doe", "--language", "FR", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert lang(target) == "fr"
    listed = run_main("history", "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = json.loads(listed.stdout)
    assert row["language"] == "fr" and row["patient"] == "Jane Doe"
    table = run_main("history")
    assert "low-back  heat  fr  written by the command line" in table.stdout


def test_the_default_language_is_the_profiles(tmp_path: Path) -> None:
    profile = save_profile(ClinicProfile(language=Language.ES), tmp_path / "profile.toml")
    spanish, english = tmp_path / "es.pdf", tmp_path / "en.pdf"
    result = run_main(*BACK, "--profile", str(profile), "-o", str(spanish), "--no-record")
    assert result.returncode == 0, result.stderr
    assert lang(spanish) == "es"
    given = ["--language", "en", "--no-record"]
    result = run_main(*BACK, "--profile", str(profile), "-o", str(english), *given)
    assert result.returncode == 0, result.stderr
    assert lang(english) == "en"


def test_an_unknown_language_is_one_plain_line_listing_the_languages(tmp_path: Path) -> None:
    target = tmp_path / "de.pdf"
    result = run_main(*BACK, "--language", "de", "-o", str(target))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "argument --language: There is no handout in the language 'de'." in result.stderr
    assert LISTED in result.stderr
    assert not target.exists()
    assert "--language en|fr|es" in run_main("render", "--help").stdout


def test_the_batch_language_column(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "output,region,patient,language\nfr.pdf,knee,Ann Lee,fr\nplain.pdf,neck,Bo Chen,\n",
        encoding="utf-8",
    )
    result = run_main("render", "--batch", str(rows), "--language", "es", "--no-record")
    assert result.returncode == 0, result.stderr
    assert lang(tmp_path / "fr.pdf") == "fr"
    assert lang(tmp_path / "plain.pdf") == "es"  # an empty cell takes the default


def test_a_bad_batch_language_names_its_row_and_nothing_is_written(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "output,region,language\nfirst.pdf,knee,fr\nsecond.pdf,neck,klingon\n", encoding="utf-8"
    )
    result = run_main("render", "--batch", str(rows))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert "row 3: argument --language: There is no handout in the language 'klingon'." in (
        result.stderr
    )
    assert LISTED in result.stderr
    assert not (tmp_path / "first.pdf").exists()


def test_the_email_is_in_the_handouts_language(tmp_path: Path) -> None:
    profile = tmp_path / "profile.toml"
    profile.write_text('[clinic]\nname = "Riverside Physio"\nclinician = "Dr Lee"\n', "utf-8")
    target = tmp_path / "handout.pdf"
    with smtp_server() as server:
        result = run_main(
            *BACK, "--patient", "Jane Doe", "--profile", str(profile), "-o", str(target),
            "--language", "fr", "--email-to", PATIENT_ADDRESS, "--smtp-host", "127.0.0.1",
            "--smtp-port", str(server.port), "--smtp-security", "none",
            "--email-from", CLINIC_ADDRESS,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [received] = server.recorder.received
    assert received.message["Subject"] == "Votre plan chaleur ou glace de Riverside Physio"
    body = received.message.get_body(("plain",))
    assert body is not None
    assert body.get_content().startswith("Bonjour Jane Doe,\r\n")
    listed = run_main("history", "--json")
    assert [row["language"] for row in json.loads(listed.stdout)] == ["fr", "fr"]
