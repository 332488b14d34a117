"""Which side hurts: left, right or both, only for the regions that have a side."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QWidget

from handouts.model import SIDED_REGIONS, Side
from ui import wording
from ui.widgets.choices import Choices


class SideChoice(StrEnum):
    """The side row's buttons: "not said" (the default, so the group always has a checked
    button for the keyboard to land on) or one of the vocabulary's sides."""

    NOT_SAID = "not-said"
    LEFT = Side.LEFT.value
    RIGHT = Side.RIGHT.value
    BOTH = Side.BOTH.value


LABELS = {SideChoice.NOT_SAID: "Not said"} | {
    SideChoice(side.value): label for side, label in wording.SIDE_LABELS.items()
}
TIPS = {SideChoice.NOT_SAID: "No side on the handout"} | {
    SideChoice(side.value): tip for side, tip in wording.SIDE_TIPS.items()
}


class SideBox(QWidget):
    """A row under the regions: not said, left, right or both. Enabled only while the region
    picked has a side (handouts.model.SIDED_REGIONS); otherwise back to "not said"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Which side")
        self.choices = Choices(SideChoice, LABELS, TIPS, "Side", exclusive=True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Side:"))
        for button in self.choices.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        self.follow(())

    @property
    def buttons(self) -> list[QAbstractButton]:
        return list(self.choices.buttons.values())

    def button(self, side: Side | None) -> QAbstractButton:
        """The button for `side`; None is "not said"."""
        return self.choices.buttons[SideChoice(side.value) if side else SideChoice.NOT_SAID]

    def side(self) -> Side | None:
        """The side ticked, or None when it is not said or the region has no side."""
        checked = self.choices.checked()
        if not checked or not self.isEnabled() or SideChoice.NOT_SAID in checked:
            return None
        return Side(next(iter(checked)).value)

    def set_side(self, side: Side | None) -> None:
        self.choices.set_checked([SideChoice(side.value) if side else SideChoice.NOT_SAID])

    def follow(self, regions: Iterable[StrEnum]) -> None:
        """Enable the box for a sided region; clear and disable it for any other."""
        sided = any(region in SIDED_REGIONS for region in regions)
        if not sided:
            self.set_side(None)
        self.setEnabled(sided)
        self.setToolTip("" if sided else wording.SIDE_OFF_TIP)
