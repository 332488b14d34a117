"""The window knows its name: icon, desktop entry, window class, version; a problem escaping a
slot is logged and said in a plain dialog; About copies the versions; Help opens the log folder;
`make install-desktop` writes the entry for this user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTimer, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from handouts import logs
from handouts.identity import VERSION
from tests.conftest import ROOT
from ui.app import icon_path, qt_arguments, set_identity
from ui.dialogs.about import COPY, show_about, version_report
from ui.problems import PROBLEM_TEXT, ProblemReporter, install_problem_reporter
from ui.window.main_window import MainWindow

INSTALL_DESKTOP = ROOT / "tools" / "install-desktop"


def test_the_app_has_its_name_icon_and_desktop_entry(qapp: QApplication) -> None:
    set_identity(qapp)
    assert qapp.desktopFileName() == "heat-or-ice"
    assert qapp.applicationVersion() == VERSION
    assert qapp.applicationDisplayName() == "Heat or Ice"
    assert not qapp.windowIcon().isNull()
    assert not qapp.windowIcon().pixmap(48, 48).isNull()
    assert Path(icon_path()) == ROOT / "packaging" / "heat-or-ice.svg"
    desktop = (ROOT / "packaging" / "heat-or-ice.desktop").read_text("utf-8")
    assert "Icon=heat-or-ice\n" in desktop and "StartupWMClass=heat-or-ice\n" in desktop


def test_the_window_class_is_heat_or_ice_not_main_py() -> None:
    assert qt_arguments(["/home/x/heat-or-ice/main.py", "-style", "fusion"]) == [
        "heat-or-ice",
        "-style",
        "fusion",
    ]


def boom() -> None:
    raise RuntimeError("could not write /home/desk/2026-11-27 Jane Doe - heat.pdf")


@pytest.mark.qt_no_exception_capture
def test_an_exception_escaping_a_slot_is_logged_and_shown(
    qtbot: QtBot, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.excepthook", sys.excepthook)
    reporter = install_problem_reporter()
    assert isinstance(reporter, ProblemReporter)
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible())
    assert reporter.box is not None
    assert reporter.box.text() == PROBLEM_TEXT.format(log=log_file)
    assert reporter.box.text().startswith("Heat or Ice hit a problem and saved the details to ")
    # A second one is logged but does not stack a second dialog.
    first = reporter.box
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: log_file.read_text("utf-8").count("unexpected RuntimeError") == 2)
    assert reporter.box is first
    text = log_file.read_text("utf-8")
    assert "boom" in text and "test_desktop.py" in text  # where it happened
    assert "Jane Doe" not in text and "<path>" in text
    reporter.box.close()


def test_about_shows_the_versions_and_copies_them(qtbot: QtBot, qapp: QApplication) -> None:
    window = MainWindow(warm_up=False)
    qtbot.addWidget(window)
    box = show_about(window)
    report = version_report()
    for line in (
        f"Heat or Ice {VERSION}",
        f"Qt {qVersion()}",
        f"PySide6 {PySide6.__version__}",
        "WeasyPrint 70.0",
        "Python 3.",
    ):
        assert line in report
        assert line in box.informativeText()
    [copy] = [button for button in box.buttons() if button.text() == COPY]
    QGuiApplication.clipboard().clear()
    copy.click()
    assert QGuiApplication.clipboard().text() == report


def test_help_opens_the_log_folder(
    qtbot: QtBot, private_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(warm_up=False)
    qtbot.addWidget(window)
    [action] = [a for a in window.help_menu.actions() if a.text() == "Open &log folder"]
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(logs.log_dir())]
    assert logs.log_dir().is_dir() and logs.log_dir().is_relative_to(private_folders)


def install_desktop(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(INSTALL_DESKTOP)],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_desktop_points_at_the_bundle_else_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bundle = tmp_path / "my bundle"
    bundle.mkdir()
    (bundle / "heat-or-ice").write_text("#!/bin/sh\n", "utf-8")
    (bundle / "heat-or-ice").chmod(0o755)
    result = install_desktop(tmp_path, XDG_DATA_HOME=str(data), HEAT_OR_ICE_BUNDLE=str(bundle))
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "heat-or-ice.desktop").read_text("utf-8")
    assert f'Exec="{bundle}/heat-or-ice"\n' in entry
    assert "Name=Heat or Ice\n" in entry
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "heat-or-ice.svg"
    assert icon.read_bytes() == (ROOT / "packaging" / "heat-or-ice.svg").read_bytes()

    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "heat-or-ice").write_text("#!/bin/sh\n", "utf-8")
    (bin_folder / "heat-or-ice").chmod(0o755)
    nowhere = str(tmp_path / "no-bundle")
    result = install_desktop(
        tmp_path,
        XDG_DATA_HOME=str(data),
        HEAT_OR_ICE_BUNDLE=nowhere,
        PATH=f"{bin_folder}:/usr/bin:/bin",
    )
    assert result.returncode == 0, result.stderr
    entry = (data / "applications" / "heat-or-ice.desktop").read_text("utf-8")
    assert f'Exec="{bin_folder}/heat-or-ice"\n' in entry

    result = install_desktop(tmp_path, XDG_DATA_HOME=str(data), HEAT_OR_ICE_BUNDLE=nowhere)
    assert result.returncode == 1
    assert "make bundle" in result.stderr and "pipx install ." in result.stderr


def test_a_failed_save_logs_no_patient_name(tmp_path: Path, private_folders: Path) -> None:
    """The scrubbing on a real path: a handout named after the patient that cannot be written."""
    target = tmp_path / "missing folder" / "2026-11-27 Jane Doe - heat.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "render", "--region", "low-back",
         "--patient", "Jane Doe", "-o", str(target)],
        env={**os.environ}, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 4
    log = logs.log_file().read_text("utf-8")
    assert "WARNING handouts.cli.render: the handout could not be written: " in log
    assert "<path>" in log
    assert "Jane Doe" not in log and "missing folder" not in log
