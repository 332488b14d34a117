"""The window's Email action (Ctrl+E): the final PDF rendered, then sent from the dialog."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from handouts.profile import save_profile
from handouts.render import Renderer
from tests.mail_server import only_attachment, smtp_server
from tests.ui.clicks import click
from tests.ui.support import (
    CLINIC,
    PATIENT_ADDRESS,
    PATIENT_NAME,
    mail_clinic,
    pdf_text,
    send_from_the_dialog,
)
from ui.window.main_window import MainWindow


def test_ctrl_e_renders_the_final_pdf_and_sends_it(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    renderer: Renderer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    requests = send_from_the_dialog(qtbot, monkeypatch)
    with smtp_server() as server:
        save_profile(mail_clinic(server.port))
        window = make_window(renderer=renderer)
        qtbot.keyClicks(window.form.patient_edit, PATIENT_NAME)
        click(qtbot, window.preset_buttons["Back flare-up"])
        window.email_action.trigger()
        qtbot.waitUntil(lambda: len(server.recorder.received) == 1, timeout=60_000)
    [request] = requests
    [received] = server.recorder.received
    assert received.rcpt_tos == [PATIENT_ADDRESS]
    assert received.message["Subject"] == f"Your heat or ice plan from {CLINIC}"
    today = datetime.date.today().isoformat()
    assert only_attachment(received.message) == (f"{today} {PATIENT_NAME} - heat.pdf", request.pdf)
    text = pdf_text(request.pdf)
    assert PATIENT_NAME in text
    assert CLINIC in text
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == f"Sent to {PATIENT_ADDRESS}.")


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
