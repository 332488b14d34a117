"""The window's layout: presets and form on the left (scrolling), the banner and the preview
on the right, in a splitter, under the profile bar."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ui import style

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowLayout:
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
    left.setStyleSheet(style.FOCUS_RING_STYLE)
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
