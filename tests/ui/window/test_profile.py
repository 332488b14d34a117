"""The clinic profile through the window: saved by the settings, a broken file reported and
replaced only on save; and the window's size and splitter remembered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, Paper, data_dir, default_profile_path, load_profile
from handouts.render import Renderer
from tests.ui.clicks import click
from tests.ui.support import RENDER_TIMEOUT_MS
from ui.dialogs.files import SaveDialog
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


WEBSITE = "https://www.harbour-physio-and-sports-injury.example/knee-and-back-care"


def test_the_address_is_typed_on_lines_and_printed_line_by_line(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def edit(
        cls: type[SettingsDialog], parent: QWidget | None, profile: ClinicProfile, notice: str = ""
    ) -> tuple[ClinicProfile, bool]:
        dialog = SettingsDialog(profile, parent, notice=notice)
        qtbot.addWidget(dialog)
        clinic = dialog.page(ClinicPage)
        assert isinstance(clinic, ClinicPage)
        qtbot.keyClicks(clinic.name_edit, "Harbour Physio")
        for number, line in enumerate(("1 Quay Street", "Harbourtown", "AB1 2CD")):
            if number:
                qtbot.keyClick(clinic.address_edit, Qt.Key.Key_Return)
            qtbot.keyClicks(clinic.address_edit, line)
        qtbot.keyClicks(clinic.phone_edit, "555 0100")
        qtbot.keyClicks(clinic.website_edit, WEBSITE)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result_profile(), dialog.result() == SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(edit))
    window = make_window(renderer=renderer)
    window.settings_action.trigger()
    assert window.profile().address == "1 Quay Street\nHarbourtown\nAB1 2CD"
    click(qtbot, window.preset_buttons["Back flare-up"])
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, start: (target, True)))
    with qtbot.waitSignal(window.saved, timeout=RENDER_TIMEOUT_MS):
        window.save_action.trigger()
    with pdfplumber.open(target) as pdf:
        words = pdf.pages[0].extract_words(keep_blank_chars=True, x_tolerance=2)
    header = [w for w in words if w["x0"] < pdf_half(target)]
    lines = [w["text"].strip() for w in sorted(header, key=lambda w: (w["top"], w["x0"]))]
    for line in ("1 Quay Street", "Harbourtown", "AB1 2CD"):
        assert line in lines
    tops = {w["text"].strip(): w["top"] for w in header}
    assert tops["1 Quay Street"] < tops["Harbourtown"] < tops["AB1 2CD"]
    website_lines = [line for line in lines if "harbour" in line or "care" in line]
    assert "".join(website_lines).replace("555 0100 · ", "").endswith(WEBSITE.split("//")[1])
    assert not any(line.endswith("-") for line in website_lines)


def pdf_half(path: Path) -> float:
    with pdfplumber.open(path) as pdf:
        return float(pdf.pages[0].width) / 2
