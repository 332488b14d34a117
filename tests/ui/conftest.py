"""Fixtures for the window tests: a real MainWindow, offscreen, with private folders; the
session's in-process Renderer; a blank PDF; and never the machine's own keychain."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from keyring.backends import fail
from pypdf import PdfWriter
from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from handouts.render import Renderer
from tests.mail_server import keychain
from ui import pdf as pdf_module
from ui.dialogs.messages import Confirm
from ui.services import printing
from ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def no_system_keychain() -> Iterator[None]:
    """Never touch the keychain of the machine running the tests."""
    with keychain(fail.Keyring()):
        yield


class Questions:
    """The yes/no questions the window asked, and the answer the next one gets."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.answer = True


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """A modal question would block the test: record it and give the chosen answer."""
    record = Questions()

    def ask(
        cls: type[Confirm], parent: QWidget, title: str, text: str, yes: str
    ) -> tuple[bool, bool]:
        record.asked.append(text)
        return record.answer, True

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return record


@pytest.fixture(scope="session")
def renderer() -> Renderer:
    """One in-process Renderer for the session (WeasyPrint loads once)."""
    return Renderer()


@pytest.fixture(scope="session")
def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    stream = io.BytesIO()
    writer.write(stream)
    return stream.getvalue()


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


@pytest.fixture
def rendering_window(make_window: Callable[..., MainWindow], renderer: Renderer) -> MainWindow:
    """A window that renders with the session's in-process Renderer (quick)."""
    return make_window(renderer=renderer)


@pytest.fixture
def pdf_loads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For each QPdfDocument printing makes: was it made on the GUI thread?"""
    on_gui_thread: list[bool] = []

    def load_pdf(pdf: bytes, parent: QObject | None = None) -> object:
        app = QCoreApplication.instance()
        assert app is not None
        on_gui_thread.append(QThread.currentThread() == app.thread())
        return pdf_module.load_pdf(pdf, parent)

    monkeypatch.setattr(printing, "load_pdf", load_pdf)
    return on_gui_thread
