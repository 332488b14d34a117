"""The "Common cases" box: one button per preset, each with its shortcut in the tooltip."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from ui.presets import PRESETS, Preset

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
        self.buttons: dict[str, QPushButton] = {}
        for index, preset in enumerate(PRESETS):
            button = QPushButton(preset.name)
            button.setToolTip(f"{preset.description} (Ctrl+{index + 1})")
            button.setAccessibleName(f"Preset: {preset.name}")
            button.setAccessibleDescription(preset.description)
            button.clicked.connect(slot_for(preset))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[preset.name] = button
