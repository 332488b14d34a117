"""One radio button or check box per member of an enum: a group of the form's ticks.

Keyboard (the Qt convention): every check box is a tab stop of its own; a radio group is one
tab stop, on its checked button (the first while none is checked), and the arrow keys move
inside it, checking the button they move to.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
)

from ui.qt_names import set_by_name

if TYPE_CHECKING:
    from PySide6.QtGui import QFocusEvent

_E = TypeVar("_E", bound=StrEnum)

# Focus policies, by name (see ui.qt_names).
TAB_STOP = "StrongFocus"
NOT_A_TAB_STOP = "ClickFocus"


class _GroupRadio(QRadioButton):
    """A radio button that says when it takes focus (`focused`). Its own handler, not an event
    filter: a filter would see every event of every button in Python (several hundred as the
    window is first shown), this sees focus only. A signal, not a callback kept on the button:
    that would make the button and its group a reference cycle, left to the garbage collector,
    which may run on any thread."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Qt hands the tab stop to whichever radio button takes focus; the group gives it back
        # to the checked one once focus has arrived.
        super().focusInEvent(event)
        self.focused.emit()


class Choices(QObject):
    """One radio button or check box per member of an enum, in the enum's order.

    `group.buttonToggled` fires for every button, radio or check box. Check boxes are kept
    out of the QButtonGroup itself: Qt makes only one button of a group a tab stop.
    """

    def __init__(
        self,
        enum: type[_E],
        labels: dict[_E, str],
        tips: dict[_E, str],
        topic: str,
        *,
        exclusive: bool,
    ) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: dict[StrEnum, QAbstractButton] = {}
        for index, member in enumerate(enum):
            button: QAbstractButton
            if exclusive:
                button = _GroupRadio(labels[member])
                button.focused.connect(self._move_tab_stop)
            else:
                button = QCheckBox(labels[member])
            button.setToolTip(tips[member])
            button.setAccessibleName(f"{topic}: {labels[member]}")
            button.setAccessibleDescription(tips[member])
            if exclusive:
                self.group.addButton(button, index)
            else:
                set_by_name(button, "focusPolicy", TAB_STOP)
                button.toggled.connect(
                    lambda checked, box=button: self.group.buttonToggled.emit(box, checked)
                )
            self.buttons[member] = button
        if exclusive:
            self.group.buttonToggled.connect(self._move_tab_stop)
            self._move_tab_stop()

    def grid(self, columns: int) -> QGridLayout:
        layout = QGridLayout()
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(2)
        for index, button in enumerate(self.buttons.values()):
            layout.addWidget(button, index // columns, index % columns)
        return layout

    def row(self, question: str) -> QHBoxLayout:
        """The question, then every button, on one line (a row of its own, not a shared
        grid's: the form column stays no wider than its widest line)."""
        layout = QHBoxLayout()
        layout.addWidget(QLabel(question))
        layout.addLayout(self.grid(len(self.buttons)))
        layout.addStretch(1)
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
        if exclusive:
            self._move_tab_stop()

    def tab_stop(self) -> QAbstractButton:
        """The button Tab lands on: the checked one, else the first."""
        buttons = list(self.buttons.values())
        return next((button for button in buttons if button.isChecked()), buttons[0])

    def _move_tab_stop(self, *_args: object) -> None:
        stop = self.tab_stop()
        for button in self.buttons.values():
            set_by_name(button, "focusPolicy", TAB_STOP if button is stop else NOT_A_TAB_STOP)
