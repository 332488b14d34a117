"""The handout's language: a choice of the languages in their own words. Only the handout
changes language; the window stays in English."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from handouts.i18n import LANGUAGE_NAMES
from handouts.model import Language

LANGUAGE_TIP = (
    "The language the handout and its email are written in; the window stays in English. "
    "Reopening a patient's handout from the history brings their language back."
)


class LanguageBox(QWidget):
    """The row "Handout language: [English]"; `combo.currentIndexChanged` fires on a change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for language, name in LANGUAGE_NAMES.items():
            self.combo.addItem(name, language)
        self.combo.setAccessibleName("Handout language")
        self.combo.setToolTip(LANGUAGE_TIP)
        self.label = QLabel("Handout &language:")
        self.label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.combo)

    def language(self) -> Language:
        return Language(self.combo.currentData())

    def set_language(self, language: Language) -> None:
        self.combo.setCurrentIndex(self.combo.findData(language))
