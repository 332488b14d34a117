"""Which side hurts: left, right or both, only for the regions that have a side."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QWidget

from handouts.model import SIDED_REGIONS, Side
from ui import wording
from ui.widgets.choices import Choices


class SideBox(QGroupBox):
    """Left, right or both; none ticked means the side is not said. Enabled only while the
    region picked has a side (handouts.model.SIDED_REGIONS); otherwise cleared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Which side", parent)
        self.setAccessibleName("Which side")
        self.choices = Choices(Side, wording.SIDE_LABELS, wording.SIDE_TIPS, "Side", exclusive=True)
        self.setLayout(self.choices.grid(3))
        self.follow(())

    @property
    def buttons(self) -> list[QAbstractButton]:
        return list(self.choices.buttons.values())

    def button(self, side: Side) -> QAbstractButton:
        return self.choices.buttons[side]

    def side(self) -> Side | None:
        """The side ticked, or None when none is or the region has no side."""
        checked = self.choices.checked()
        return Side(next(iter(checked))) if checked and self.isEnabled() else None

    def set_side(self, side: Side | None) -> None:
        self.choices.set_checked([side] if side else [])

    def follow(self, regions: Iterable[StrEnum]) -> None:
        """Enable the box for a sided region; clear and disable it for any other."""
        sided = any(region in SIDED_REGIONS for region in regions)
        if not sided:
            self.set_side(None)
        self.setEnabled(sided)
        self.setToolTip("" if sided else wording.SIDE_OFF_TIP)
