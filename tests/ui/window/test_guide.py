"""F1 opens a short built-in guide: what each section means, the keys, where files go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from handouts.logs import log_dir
from handouts.profile import ClinicProfile, save_profile
from ui.dialogs.guide import GuideDialog
from ui.window.main_window import MainWindow


def test_f1_from_the_form_opens_the_guide(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    folder = tmp_path / "handouts"
    folder.mkdir()
    profile_path = tmp_path / "profile.toml"
    save_profile(ClinicProfile(save_folder=str(folder)), profile_path)
    window = make_window(profile_path=profile_path)
    window.form.patient_edit.setFocus()
    qtbot.waitUntil(window.form.patient_edit.hasFocus)
    qtbot.keyClick(window.form.patient_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(window.findChildren(GuideDialog)))
    [guide] = window.findChildren(GuideDialog)
    assert guide.isVisible()
    text = guide.text()
    for section in ("Where it hurts", "How it started", "Cautions", "Clinician's choice"):
        assert section in text
    for keys in ("Ctrl+N", "Ctrl+S", "Ctrl+P", "Ctrl+E", "Ctrl+0", "Ctrl+1", "F1"):
        assert keys in text
    assert str(folder) in text
    assert str(profile_path) in text
    assert str(log_dir()) in text
    assert window.about_action in window.help_menu.actions()
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.findChildren(GuideDialog))
