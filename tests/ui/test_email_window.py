"""The window's Email action (Ctrl+E) and the Email tab in the settings dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from handouts.profile import ClinicProfile, SmtpSecurity
from tests.ui.clicks import click
from ui.email_settings import EmailPage
from ui.main_window import MainWindow
from ui.settings import SettingsDialog


def test_email_action_is_in_the_file_menu_and_toolbar(qtbot: QtBot, window: MainWindow) -> None:
    action = window.email_action
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.file_menu.actions()
    assert action in window.toolbar.actions()
    menu = window.file_menu.actions()
    assert menu.index(action) == menu.index(window.print_action) + 1
    assert not action.isEnabled()
    click(qtbot, window.preset_buttons["Back flare-up"])
    assert action.isEnabled()
    window.new_action.trigger()
    assert not action.isEnabled()


def test_the_settings_have_an_email_tab_that_saves(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile(name="Riverside Physio"))
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
    assert saved.name == "Riverside Physio"
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
