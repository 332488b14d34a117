"""Fixtures for the window tests: a real MainWindow, offscreen, with private folders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[..., MainWindow]:
    """Build and show a MainWindow; pytest-qt closes it after the test."""

    def make(**kwargs: Any) -> MainWindow:
        kwargs.setdefault("warm_up", False)
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()
