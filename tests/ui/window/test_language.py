"""The form's "Handout language": a default from the settings, the preview, the saved PDF and
the email in that language, kept by New's undo and presets, and given back by the history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from handouts.model import Language
from handouts.profile import ClinicProfile, load_profile, save_profile
from handouts.record import Delivery, Query, RecordStore
from handouts.render import Renderer
from tests.handouts.record.helpers import FAKE_PDF, entry
from tests.mail_server import smtp_server
from tests.ui.clicks import click
from tests.ui.support import (
    CLINIC,
    PATIENT_NAME,
    RENDER_TIMEOUT_MS,
    mail_clinic,
    send_from_the_dialog,
)
from ui.dialogs.email.dialog import EmailDialog
from ui.dialogs.files import SaveDialog
from ui.dialogs.settings.dialog import SettingsDialog
from ui.dialogs.settings.email_page import EmailPage
from ui.dialogs.settings.handout_page import HandoutPage
from ui.window.main_window import MainWindow


def choose(qtbot: QtBot, window: MainWindow, language: Language) -> None:
    """Pick the language with the keyboard, as a clinician would: Alt+L, then the arrows."""
    combo = window.form.language_combo
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == language:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == language


def test_the_field_is_named_reached_by_its_mnemonic_and_lists_the_languages(
    qtbot: QtBot, window: MainWindow
) -> None:
    combo = window.form.language_combo
    assert combo.accessibleName() == "Handout language" and combo.toolTip()
    labels = [label for label in window.form.findChildren(QLabel) if label.buddy() is combo]
    assert [label.text() for label in labels] == ["Handout &language:"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Français", "Español"]
    assert combo in window.form.focus_order()
    assert window.form.values().language is Language.EN
    choose(qtbot, window, Language.ES)
    assert window.form.values().language is Language.ES
    assert window.windowTitle() == "Heat or Ice"  # the window itself stays in English


def test_the_default_comes_from_the_settings_and_the_preview_follows_the_field(
    qtbot: QtBot, make_window: Callable[..., MainWindow], renderer: Renderer
) -> None:
    save_profile(ClinicProfile(language=Language.FR))
    window = make_window(renderer=renderer)
    assert window.form.values().language is Language.FR
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Back flare-up"])
    handout = window.current_handout()
    assert handout is not None and handout.language is Language.FR
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        choose(qtbot, window, Language.ES)
    handout = window.current_handout()
    assert handout is not None and handout.language is Language.ES


def test_new_goes_back_to_the_default_undo_and_presets_keep_the_choice(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    save_profile(ClinicProfile(language=Language.ES))
    window = make_window()
    choose(qtbot, window, Language.FR)
    click(qtbot, window.preset_buttons["Back flare-up"])
    assert window.form.values().language is Language.FR
    window.new_action.trigger()
    assert window.form.values().language is Language.ES
    window.new_form.undo()
    assert window.form.values().language is Language.FR
    window.new_action.trigger()
    window.new_action.trigger()
    assert "already clear" in window.statusBar().currentMessage()


def test_a_new_default_in_the_settings_reaches_a_form_still_in_the_old_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.apply_settings(window.profile().with_changes(language=Language.ES))
    assert window.form.values().language is Language.ES
    choose(qtbot, window, Language.FR)
    assert window.apply_settings(window.profile().with_changes(language=Language.EN))
    assert window.form.values().language is Language.FR  # chosen for this patient: kept
    assert load_profile().language is Language.EN


def test_the_saved_pdf_is_in_the_forms_language_and_the_record_keeps_it(
    qtbot: QtBot, rendering_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "jane.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, start: (target, True)))
    window = rendering_window
    qtbot.keyClicks(window.form.patient_edit, PATIENT_NAME)
    click(qtbot, window.preset_buttons["Back flare-up"])
    choose(qtbot, window, Language.ES)
    with qtbot.waitSignal(window.records.recorded, timeout=RENDER_TIMEOUT_MS):
        window.save_action.trigger()
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "es"
    with RecordStore() as store:
        [row] = store.find(Query())
    assert row.language == "es" and row.delivery is Delivery.SAVED


def test_the_email_is_written_in_the_handouts_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def in_spanish(dialog: EmailDialog) -> None:
        assert dialog.subject_edit.text() == f"Su plan de calor o hielo de {CLINIC}"
        assert dialog.body_edit.toPlainText().startswith(f"Hola {PATIENT_NAME}:")

    requests = send_from_the_dialog(qtbot, monkeypatch, in_spanish)
    with smtp_server() as server:
        save_profile(mail_clinic(server.port))
        window = make_window(renderer=renderer)
        qtbot.keyClicks(window.form.patient_edit, PATIENT_NAME)
        click(qtbot, window.preset_buttons["Back flare-up"])
        choose(qtbot, window, Language.ES)
        window.email_action.trigger()
        qtbot.waitUntil(lambda: len(server.recorder.received) == 1, timeout=60_000)
    [request] = requests
    assert request.language is Language.ES
    [received] = server.recorder.received
    assert received.message["Subject"] == f"Su plan de calor o hielo de {CLINIC}"


def test_the_history_shows_the_language_and_gives_it_back(qtbot: QtBot, window: MainWindow) -> None:
    with RecordStore() as store:
        store.add(entry("Ana Ruiz", language="es"), FAKE_PDF)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panel = window.history.panel
    assert panel is not None
    qtbot.addWidget(panel)
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    column = headers.index("Language")
    assert panel.model.index(0, column).data() == "Español"
    panel.select_row(0)
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    values = window.form.values()
    assert values.patient == "Ana Ruiz" and values.language is Language.ES
    assert values.presentation() is not None

    window.new_action.trigger()
    assert window.form.values().language is Language.EN
    panel.select_row(0)
    qtbot.mouseClick(panel.new_for_button, Qt.MouseButton.LeftButton)
    values = window.form.values()
    assert (values.patient, values.language, values.region) == ("Ana Ruiz", Language.ES, None)


def test_a_language_the_app_lacks_reopens_in_the_default_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    with RecordStore() as store:
        store.add(entry("Ana Ruiz", language="de"), FAKE_PDF)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panel = window.history.panel
    assert panel is not None
    qtbot.addWidget(panel)
    panel.select_row(0)
    with qtbot.waitSignal(window.error_shown) as told:
        qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert told.args is not None and "'de'" in told.args[0]
    assert window.form.values().language is Language.EN


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_settings_choose_the_default_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    page = dialog.page(HandoutPage)
    assert isinstance(page, HandoutPage)
    combo = page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Français", "Español"]
    assert combo.accessibleName() == "Default handout language"
    combo.setCurrentIndex(combo.findData(Language.FR))
    save(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_profile().language is Language.FR


def test_the_email_tab_edits_each_languages_text(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile(name=CLINIC))
    qtbot.addWidget(dialog)
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    tabs = [page.languages.tabText(i) for i in range(page.languages.count())]
    assert tabs == ["English", "Français", "Español"]
    subject, body = page.text_edits[Language.FR]
    assert subject.accessibleName() == "Subject template in French"
    assert subject.text() == ClinicProfile().email_subject_fr
    subject.setText("Votre fiche de {clinic}")
    body.setPlainText("Bonjour{patient_greeting},\nÀ bientôt.")
    save(dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = dialog.result_profile()
    assert saved.email_subject_fr == "Votre fiche de {clinic}"
    assert saved.email_body_fr == "Bonjour{patient_greeting},\nÀ bientôt."
    assert saved.email_subject == ClinicProfile().email_subject


def test_a_bad_template_in_one_language_shows_that_language(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicProfile())
    qtbot.addWidget(dialog)
    page = dialog.page(EmailPage)
    assert isinstance(page, EmailPage)
    page.text_edits[Language.ES][0].setText("Plan para {name}")
    save(dialog)
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
    assert page.languages.tabText(page.languages.currentIndex()) == "Español"
