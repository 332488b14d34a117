"""The "Common cases" box: one button per preset, each with its shortcut in the tooltip."""

from __future__ import annotations

import logging
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from ui import style
from ui.presets import PRESETS, Preset, shortcut_for

logger = logging.getLogger(__name__)


class PresetsBox(QGroupBox):
    """A grid of preset buttons; `buttons` maps each preset's name to its button."""

    def __init__(
        self, slot_for: Callable[[Preset], Callable[[], object]], parent: QWidget | None = None
    ) -> None:
        super().__init__("Common cases", parent)
        self.setAccessibleName("Presets")
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(*style.BOX_MARGINS)
        self._grid = grid
        self.buttons: dict[str, QPushButton] = {}
        self.clinic_buttons: list[QPushButton] = []
        self._clinic_label = QLabel("Your clinic's:")
        self._clinic_label.hide()
        for index, preset in enumerate(PRESETS):
            button = QPushButton(preset.name)
            button.setToolTip(f"{preset.description} (Ctrl+{index + 1})")
            button.setAccessibleName(f"Preset: {preset.name}")
            button.setAccessibleDescription(preset.description)
            button.clicked.connect(slot_for(preset))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[preset.name] = button

    def set_clinic_presets(
        self,
        presets: tuple[Preset, ...],
        slot_for: Callable[[Preset], Callable[[], object]],
        first_index: int,
    ) -> None:
        """Show a button for each of the clinic's presets, under the built-in ones."""
        for button in self.clinic_buttons:
            self.buttons.pop(button.text(), None)
            self._grid.removeWidget(button)
            button.deleteLater()
        self.clinic_buttons = []
        start_row = (len(PRESETS) + 2) // 3
        self._grid.addWidget(self._clinic_label, start_row, 0, 1, 3)
        self._clinic_label.setVisible(bool(presets))
        for offset, preset in enumerate(presets):
            button = QPushButton(preset.name)
            keys = shortcut_for(first_index + offset)
            button.setToolTip(f"{preset.description} ({keys})" if keys else preset.description)
            button.setAccessibleName(f"Preset: {preset.name}")
            button.setAccessibleDescription(preset.description)
            button.clicked.connect(slot_for(preset))
            self._grid.addWidget(button, start_row + 1 + offset // 3, offset % 3)
            self.buttons[preset.name] = button
            self.clinic_buttons.append(button)
        chain = [*(self.buttons[p.name] for p in PRESETS), *self.clinic_buttons]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
