"""One radio button or check box per member of an enum: a group of the form's ticks."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QRadioButton

_E = TypeVar("_E", bound=StrEnum)


class Choices:
    """One radio button or check box per member of an enum, in the enum's order."""

    def __init__(
        self,
        enum: type[_E],
        labels: dict[_E, str],
        tips: dict[_E, str],
        topic: str,
        *,
        exclusive: bool,
    ) -> None:
        self.group = QButtonGroup()
        self.group.setExclusive(exclusive)
        self.buttons: dict[StrEnum, QAbstractButton] = {}
        for index, member in enumerate(enum):
            button: QAbstractButton = (
                QRadioButton(labels[member]) if exclusive else QCheckBox(labels[member])
            )
            button.setToolTip(tips[member])
            button.setAccessibleName(f"{topic}: {labels[member]}")
            button.setAccessibleDescription(tips[member])
            self.group.addButton(button, index)
            self.buttons[member] = button

    def grid(self, columns: int) -> QGridLayout:
        layout = QGridLayout()
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        for index, button in enumerate(self.buttons.values()):
            layout.addWidget(button, index // columns, index % columns)
        return layout

    def checked(self) -> frozenset[StrEnum]:
        return frozenset(m for m, b in self.buttons.items() if b.isChecked())

    def set_checked(self, members: Iterable[StrEnum]) -> None:
        wanted = set(members)
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)
        for member, button in self.buttons.items():
            button.setChecked(member in wanted)
        self.group.setExclusive(exclusive)
