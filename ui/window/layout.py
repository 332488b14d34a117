"""The window's layout: presets and form on the left (scrolling), the banner and the preview
on the right, in a splitter, under the profile bar."""

from __future__ import annotations

import logging
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)


class WindowLayout(NamedTuple):
    central: QWidget
    form_scroll: QScrollArea
    splitter: QSplitter


def _column(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(8, 8, 8, 8)
    for index, widget in enumerate(widgets):
        last = index == len(widgets) - 1
        layout.addWidget(widget, 1 if stretch_last and last else 0)
    return column


def build_layout(
    presets_box: QWidget, form: QWidget, banner: QWidget, preview: QWidget, profile_bar: QWidget
) -> WindowLayout:
    """Lay the parts out; the caller makes `central` its central widget."""
    left = _column(presets_box, form)
    scroll = QScrollArea()
    scroll.setWidget(left)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setMinimumWidth(left.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
    scroll.setAccessibleName("Form")

    splitter = QSplitter()
    splitter.setObjectName("MainSplitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(scroll)
    splitter.addWidget(_column(banner, preview, stretch_last=True))
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)

    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(profile_bar)
    layout.addWidget(splitter, 1)
    return WindowLayout(central, scroll, splitter)


class FocusFollower(QObject):
    """Scrolls the form so that the control reached by the keyboard can be seen."""

    def __init__(self, scroll: QScrollArea, form: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._scroll = scroll
        self._form = form
        app = QApplication.instance()
        self._watching = isinstance(app, QApplication)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self._form.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 8, 24)

    def stop(self) -> None:
        app = QApplication.instance()
        if self._watching and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._follow)
            self._watching = False


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab visits `widgets` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
