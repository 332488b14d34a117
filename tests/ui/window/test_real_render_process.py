"""The path users run: the window with the app's own renderer (no renderer argument), which
renders in a child process over pipes; the preview and the saved PDF come from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handouts.profile import save_profile
from tests.handouts.test_glyphs import fonts_without_other_scripts
from tests.ui.clicks import click
from tests.ui.support import (
    CHILD_TIMEOUT_MS,
    CLINIC,
    PATIENT_NAME,
    mail_clinic,
    pdf_text,
    preview_text,
)
from ui.dialogs.files import SaveDialog
from ui.window.main_window import MainWindow


def test_a_preset_is_previewed_and_saved_through_the_render_child(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    save_profile(mail_clinic(25))
    window = make_window()  # the app's own renderer: a child process
    qtbot.keyClicks(window.form.patient_edit, PATIENT_NAME)
    with qtbot.waitSignal(window.preview_updated, timeout=CHILD_TIMEOUT_MS) as blocker:
        click(qtbot, window.preset_buttons["Sprained ankle"])
    assert blocker.args is not None and blocker.args[0] >= 1
    painted = preview_text(window)
    assert "ankle" in painted.lower()
    assert PATIENT_NAME in painted
    assert CLINIC in painted
    assert window.preview.state() == "ready"

    target = tmp_path / "ankle.pdf"
    monkeypatch.setattr(
        SaveDialog,
        "ask",
        classmethod(lambda cls, parent, start: (target, True)),
    )
    with qtbot.waitSignal(window.saved, timeout=CHILD_TIMEOUT_MS) as saved:
        window.save_action.trigger()
    assert saved.args == [target]
    final = pdf_text(target.read_bytes())
    assert PATIENT_NAME in final
    assert CLINIC in final
    assert "ankle" in final.lower()


def test_the_window_names_the_characters_and_the_package(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in fonts_without_other_scripts(tmp_path).items():
        monkeypatch.setenv(name, value)  # the render child starts with these fonts only
    window = make_window()  # the app's own renderer: a child process
    window.form.patient_edit.setText("Zoë 山田")
    with qtbot.waitSignal(window.preview_updated, timeout=CHILD_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
    qtbot.waitUntil(window.preview.glyph_warning.isVisible, timeout=CHILD_TIMEOUT_MS)
    warning = window.preview.glyph_warning.text()
    assert "山 田" in warning and "fonts-noto-cjk" in warning
    assert "Zoë" not in warning

    window.form.patient_edit.setText("Zoë")
    qtbot.waitUntil(lambda: not window.preview.glyph_warning.isVisible(), timeout=CHILD_TIMEOUT_MS)
