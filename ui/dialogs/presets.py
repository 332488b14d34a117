"""The clinic's presets: a name for a new one, and a list to rename, update, delete and
reorder. Each classmethod returns (value, accepted) so tests can drive or replace it."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from handouts.clinic_presets import (
    MAX_PRESET_NAME_CHARS,
    PresetProblem,
    SavedPreset,
    check_preset_name,
)
from ui.dialogs.messages import show_error
from ui.presets import PRESETS

logger = logging.getLogger(__name__)

BUILT_IN_NAMES = frozenset(preset.name.casefold() for preset in PRESETS)


def name_problem(name: str, taken: list[str]) -> str:
    """Why `name` cannot name a clinic preset ("" when it can)."""
    try:
        name = check_preset_name(name)
    except PresetProblem as problem:
        return str(problem)
    if name.casefold() in BUILT_IN_NAMES:
        return f"“{name}” is a built-in preset. Choose another name."
    if name.casefold() in {other.casefold() for other in taken}:
        return f"There is already a preset called “{name}”. Choose another name."
    return ""


class PresetName:
    """Ask for a preset's name."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str = "") -> tuple[str, bool]:
        name, accepted = QInputDialog.getText(
            parent,
            title,
            f"Name (up to {MAX_PRESET_NAME_CHARS} characters; the patient's name and the "
            "note are never kept in a preset):",
            QLineEdit.EchoMode.Normal,
            text,
        )
        return name, bool(accepted)


class PresetsDialog(QDialog):
    """The clinic's presets in order; `from_form` is the form's ticks, for "Update"."""

    def __init__(
        self,
        presets: tuple[SavedPreset, ...],
        from_form: SavedPreset | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your clinic's presets")
        self._presets = list(presets)
        self._from_form = from_form
        self.list = QListWidget()
        self.list.setAccessibleName("Your clinic's presets")
        self.list.currentRowChanged.connect(self._update_buttons)
        self.rename_button = QPushButton("&Rename…")
        self.update_button = QPushButton("Set to the &form's ticks")
        self.update_button.setToolTip("Replace this preset's ticks by those on the form now")
        self.delete_button = QPushButton("&Delete")
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.rename_button.clicked.connect(self.rename)
        self.update_button.clicked.connect(self.update_from_form)
        self.delete_button.clicked.connect(self.delete)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        side = QVBoxLayout()
        for button in (
            self.rename_button,
            self.update_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel("Ctrl+1 to Ctrl+9 follow the list: the built-in presets first, then these.")
        )
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self._refill(0)

    def presets(self) -> tuple[SavedPreset, ...]:
        return tuple(self._presets)

    def _refill(self, row: int) -> None:
        self.list.clear()
        self.list.addItems([preset.name for preset in self._presets])
        if self._presets:
            self.list.setCurrentRow(max(0, min(row, len(self._presets) - 1)))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self._presets)
        self.rename_button.setEnabled(chosen)
        self.update_button.setEnabled(chosen and self._from_form is not None)
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self._presets) - 1)

    def rename(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._presets):
            return
        old = self._presets[row]
        name, accepted = PresetName.ask(self, "Rename the preset", old.name)
        if not accepted:
            return
        others = [p.name for index, p in enumerate(self._presets) if index != row]
        problem = name_problem(name, others)
        if problem:
            show_error(self, "The preset was not renamed", problem)
            return
        self._presets[row] = replace(old, name=check_preset_name(name))
        self._refill(row)

    def update_from_form(self) -> None:
        row = self.list.currentRow()
        if self._from_form is None or not 0 <= row < len(self._presets):
            return
        self._presets[row] = replace(self._from_form, name=self._presets[row].name)
        self._refill(row)

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._presets):
            del self._presets[row]
            self._refill(row)

    def move_by(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._presets) and 0 <= target < len(self._presets):
            self._presets[row], self._presets[target] = self._presets[target], self._presets[row]
            self._refill(target)

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        presets: tuple[SavedPreset, ...],
        from_form: SavedPreset | None,
    ) -> tuple[tuple[SavedPreset, ...], bool]:
        dialog = cls(presets, from_form, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.presets() if accepted else presets
        dialog.deleteLater()
        return result, accepted
