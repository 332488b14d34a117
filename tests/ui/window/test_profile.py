"""The clinic profile through the window: saved by the settings, a broken file reported and
replaced only on save; and the window's size and splitter remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, Paper, data_dir, default_profile_path, load_profile
from ui.dialogs.settings.clinic_page import ClinicPage
from ui.dialogs.settings.dialog import SettingsDialog
from ui.dialogs.settings.handout_page import HandoutPage
from ui.window.main_window import MainWindow


def make_logo(path: Path) -> Path:
    image = QImage(80, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b5cad"))
    assert image.save(str(path))
    return path


def fill_settings(qtbot: QtBot, dialog: SettingsDialog, logo: Path, folder: Path) -> None:
    clinic = dialog.page(ClinicPage)
    assert isinstance(clinic, ClinicPage)
    qtbot.keyClicks(clinic.name_edit, "Riverside Physio")
    qtbot.keyClicks(clinic.address_edit, "1 River Road, Townsville")
    qtbot.keyClicks(clinic.phone_edit, "555 0100")
    qtbot.keyClicks(clinic.website_edit, "riverside.example")
    qtbot.keyClicks(clinic.clinician_edit, "Dr Sam Lee")
    assert clinic.choose_logo_file(logo)
    handout = dialog.page(HandoutPage)
    assert isinstance(handout, HandoutPage)
    handout.paper_combo.setCurrentIndex(handout.paper_combo.findData(Paper.LETTER))
    handout.large_print_box.setChecked(True)
    handout.folder_edit.setText(str(folder))


@pytest.fixture
def drive_settings(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> list[SettingsDialog]:
    """Replace the modal exec() by filling the real dialog and clicking Save."""
    opened: list[SettingsDialog] = []
    logo = make_logo(tmp_path / "logo.png")
    folder = tmp_path / "handouts"
    folder.mkdir()

    def edit(
        cls: type[SettingsDialog], parent: QWidget | None, profile: ClinicProfile, notice: str = ""
    ) -> tuple[ClinicProfile, bool]:
        dialog = SettingsDialog(profile, parent, notice=notice)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        fill_settings(qtbot, dialog, logo, folder)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result_profile(), dialog.result() == SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(edit))
    return opened


def test_settings_round_trip(
    make_window: Callable[..., MainWindow], drive_settings: list[SettingsDialog], tmp_path: Path
) -> None:
    window = make_window()
    window.settings_action.trigger()
    window.close()

    assert default_profile_path().is_file()
    reopened = make_window()
    profile = reopened.profile()
    assert profile.name == "Riverside Physio"
    assert profile.address == "1 River Road, Townsville"
    assert profile.phone == "555 0100"
    assert profile.website == "riverside.example"
    assert profile.clinician == "Dr Sam Lee"
    assert profile.paper is Paper.LETTER
    assert profile.large_print is True
    assert profile.save_folder == str(tmp_path / "handouts")
    logo = Path(profile.logo)
    assert logo.parent == data_dir()
    assert logo.read_bytes() == (tmp_path / "logo.png").read_bytes()

    dialog = SettingsDialog(profile, reopened)
    clinic = dialog.page(ClinicPage)
    assert isinstance(clinic, ClinicPage)
    assert clinic.name_edit.text() == "Riverside Physio"
    assert clinic.logo() == logo
    dialog.deleteLater()


def test_a_broken_profile_is_reported_and_replaced_only_on_save(
    make_window: Callable[..., MainWindow], drive_settings: list[SettingsDialog]
) -> None:
    path = default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[clinic\nname = 'Broken", encoding="utf-8")

    window = make_window()
    assert window.profile_bar.isVisible()
    assert "could not be read" in window.profile_notice.text()
    assert "not valid TOML" in window.profile_notice.text()
    assert window.profile() == ClinicProfile()
    assert path.read_text(encoding="utf-8") == "[clinic\nname = 'Broken"

    window.profile_fix_button.click()
    assert "saving them replaces the broken file" in drive_settings[0].notice_label.text()
    assert not window.profile_bar.isVisible()
    assert load_profile(path).name == "Riverside Physio"


def test_window_size_and_splitter_are_remembered(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.resize(780, 560)
    window.splitter.setSizes([420, 340])
    sizes = window.splitter.sizes()
    window.close()

    reopened = make_window()
    assert reopened.size().width() == 780
    assert reopened.size().height() == 560
    assert reopened.splitter.sizes() == sizes


DAMAGED = """[clinic]
name = "Harbour Physio"
phone = 555 0100
website = "https://harbour-physio.example"
"""


def test_a_damaged_profile_says_which_line_and_keeps_what_could_be_read(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = default_profile_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(DAMAGED, encoding="utf-8")
    window = make_window()
    notice = window.profile_notice.text()
    assert str(path) in notice
    assert "line 3" in notice
    assert window.profile().name == "Harbour Physio"

    def edit(
        cls: type[SettingsDialog], parent: QWidget | None, profile: ClinicProfile, notice: str = ""
    ) -> tuple[ClinicProfile, bool]:
        """The real dialog: it shows what was read; type the phone again and save."""
        dialog = SettingsDialog(profile, parent, notice=notice)
        qtbot.addWidget(dialog)
        clinic = dialog.page(ClinicPage)
        assert isinstance(clinic, ClinicPage)
        assert clinic.name_edit.text() == "Harbour Physio"
        assert clinic.website_edit.text() == "https://harbour-physio.example"
        assert "line 3" in dialog.notice_label.text()
        assert "profile.toml.bad" in dialog.notice_label.text()
        qtbot.keyClicks(clinic.phone_edit, "555 0100")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result_profile(), dialog.result() == SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(edit))
    window.profile_fix_button.click()
    assert not window.profile_bar.isVisible()
    assert path.with_name("profile.toml.bad").read_text(encoding="utf-8") == DAMAGED
    saved = load_profile(path)
    assert (saved.name, saved.phone) == ("Harbour Physio", "555 0100")
