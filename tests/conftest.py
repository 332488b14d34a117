"""Shared test set-up: Qt offscreen, and config/data folders in a temporary place."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from handouts import logs
from handouts.profile import ClinicProfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def run_python(program: str, *args: str, env: Mapping[str, str] | None = None) -> str:
    """What a fresh Python prints running `program` (with `args`) from the project's root:
    for what only a new process shows, such as which modules a start-up loads. `env`: this
    process's environment when None."""
    result = subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def run_window(first: str = "", before: str = "", after: str = "") -> str:
    """What a fresh Python prints as it builds the real window and shows it (no render child;
    its first events handled): `first` runs before anything is imported, `before` once the
    QApplication is made, `after` once the window is shown (as `window`)."""
    program = (
        textwrap.dedent(first)
        + "import PySide6.QtWidgets as widgets\n"
        + "from ui.window.main_window import MainWindow\n"
        + "app = widgets.QApplication([])\n"
        + textwrap.dedent(before)
        + "window = MainWindow(warm_up=False)\n"
        + "window.show()\n"
        + "app.processEvents()\n"
        + textwrap.dedent(after)
    )
    return run_python(program)


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


@pytest.fixture
def log_file(private_folders: Path) -> Iterator[Path]:
    """The app's logging set up as in main.py, writing to a log file under private_folders;
    the test run's own logging is put back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = logs.configure()
    assert path is not None
    yield path
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for handler in handlers:
        root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(False)
