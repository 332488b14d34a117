"""The settings dialog: its tabs, what it refuses before saving, and the slow check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, SmtpSecurity
from handouts.settings import SETTINGS, setting
from tests.ui.support import CLINIC, mail_clinic
from ui.dialogs.settings.clinic_page import ClinicPage
from ui.dialogs.settings.dialog import SettingsDialog
from ui.dialogs.settings.email_page import EmailPage
from ui.dialogs.settings.handout_page import HandoutPage


def test_a_file_that_is_not_a_picture_is_refused_as_logo(qtbot: QtBot, tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture", encoding="utf-8")
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    clinic = dialog.page(ClinicPage)
    assert isinstance(clinic, ClinicPage)

    assert not clinic.choose_logo_file(fake)
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "not a picture this app can use" in boxes[0].text()
    assert clinic.logo() is None
    assert not clinic.choose_logo_file(tmp_path / "notes.txt")


def test_a_missing_save_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    handout = dialog.page(HandoutPage)
    assert isinstance(handout, HandoutPage)
    handout.folder_edit.setText(str(tmp_path / "nowhere"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "does not exist" in boxes[0].text()


def test_the_settings_have_an_email_tab_that_saves(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile(name=CLINIC))
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert "Email" in titles
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    qtbot.keyClicks(page.host_edit, "smtp.riverside.example")
    page.security_combo.setCurrentIndex(page.security_combo.findData(SmtpSecurity.SSL))
    page.port_spin.setValue(465)
    qtbot.keyClicks(page.user_edit, "desk")
    qtbot.keyClicks(page.from_edit, "desk@riverside.example")
    page.subject_edit.setText("Your plan from {clinic}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = dialog.result_profile()
    assert saved.name == CLINIC
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_security) == (
        "smtp.riverside.example",
        465,
        SmtpSecurity.SSL,
    )
    assert (saved.smtp_user, saved.email_from) == ("desk", "desk@riverside.example")
    assert saved.email_subject == "Your plan from {clinic}"


def test_a_bad_template_keeps_the_settings_open(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    page.subject_edit.setText("Plan for {name}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_remote_server_without_encryption_is_refused_off_the_gui_thread(qtbot: QtBot) -> None:
    dialog = SettingsDialog(mail_clinic(25).with_changes(smtp_host="192.0.2.1"))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checks_done, timeout=10_000) as blocker:
        save(dialog)
        assert not dialog.buttons.isEnabled()
    assert blocker.args is not None
    assert "only allowed to a mail server on this computer" in blocker.args[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.buttons.isEnabled()
    assert dialog.tabs.currentWidget() is dialog.page(EmailPage)
    boxes = [box for box in dialog.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and "only allowed to a mail server on this computer" in boxes[0].text()


def test_a_server_on_this_computer_without_encryption_is_saved(qtbot: QtBot) -> None:
    dialog = SettingsDialog(mail_clinic(2525))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checks_done, timeout=10_000) as blocker:
        save(dialog)
    assert blocker.args == [""]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_profile().smtp_security is SmtpSecurity.NONE


def test_labels_tooltips_and_defaults_come_from_the_declaration(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    shown = {}
    for page in dialog.pages:
        for key, widget in page.fields.items():
            assert widget.toolTip() == setting(key).help
            shown[key] = widget
    assert set(shown) == {item.key for item in SETTINGS} - {"logo"}
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    for item in SETTINGS:
        if item.kind is bool:
            assert shown[item.key].text() == item.label
        else:
            assert item.label in labels
    assert dialog.profile() == ClinicProfile()
    defaults = ClinicProfile()
    for item in SETTINGS:
        assert getattr(defaults, item.key) == item.default
    clinic = dialog.page(ClinicPage)
    assert isinstance(clinic, ClinicPage)
    assert clinic.logo_choose.toolTip() == setting("logo").help
