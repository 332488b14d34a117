"""A name no font can print is shown in the window, through the real render process."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.handouts.test_glyphs import fonts_without_other_scripts
from tests.ui.clicks import click
from ui.main_window import MainWindow

RENDER_TIMEOUT_MS = 60_000


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
    with qtbot.waitSignal(window.preview_updated, timeout=RENDER_TIMEOUT_MS):
        click(qtbot, window.preset_buttons["Sprained ankle"])
    qtbot.waitUntil(window.preview.glyph_warning.isVisible, timeout=RENDER_TIMEOUT_MS)
    warning = window.preview.glyph_warning.text()
    assert "山 田" in warning and "fonts-noto-cjk" in warning
    assert "Zoë" not in warning

    window.form.patient_edit.setText("Zoë")
    qtbot.waitUntil(lambda: not window.preview.glyph_warning.isVisible(), timeout=RENDER_TIMEOUT_MS)
