"""Shared test set-up: Qt offscreen, and config/data folders in a temporary place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handouts.profile import ClinicProfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent

# Example data shared by the mail tests (core, CLI): the patient's and the clinic's addresses
# and a clinic set up to email.
PATIENT_ADDRESS = "pat.doe@example.com"
CLINIC_ADDRESS = "desk@riverside.example"
MAIL_CLINIC = ClinicProfile(name="Riverside Physio", clinician="Dr Lee", email_from=CLINIC_ADDRESS)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user's config, data and cache folders at tmp_path, for this process and
    for any subprocess it starts."""
    home = tmp_path / "home"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return home
