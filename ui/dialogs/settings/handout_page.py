"""The Handout tab: how handouts are printed and where they are saved."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QWidget

from handouts.i18n import LANGUAGE_NAMES
from handouts.profile import ClinicProfile, Paper
from ui.dialogs.files import FolderDialog
from ui.dialogs.settings.base import SettingsPage, top_aligned_form

logger = logging.getLogger(__name__)

PAPER_NAMES = {Paper.A4: "A4", Paper.LETTER: "Letter"}


class HandoutPage(SettingsPage):
    """How handouts are printed and where they are saved."""

    title = "Handout"

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        paper = QComboBox()
        for value, name in PAPER_NAMES.items():
            paper.addItem(name, value)
        language = QComboBox()
        for code, words in LANGUAGE_NAMES.items():
            language.addItem(words, code)
        self.folder_choose = QPushButton("Choose…")
        self.folder_choose.setAccessibleName("Choose the default save folder")
        self.folder_choose.clicked.connect(self._choose_folder)
        form = top_aligned_form(self)
        self.paper_combo: QComboBox = self.add_field(form, "paper", "Paper size", widget=paper)
        self.large_print_box: QCheckBox = self.add_field(form, "large_print", "Large print")
        self.folder_edit: QLineEdit = self.add_field(
            form, "save_folder", "Default save folder", beside=self.folder_choose
        )
        self.language_combo: QComboBox = self.add_field(
            form, "language", "Default handout language", widget=language
        )

    def problem(self) -> str:
        folder = self.folder_edit.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            return f"The save folder {folder} does not exist. Choose an existing folder."
        return ""

    def _choose_folder(self) -> None:
        start = Path(self.folder_edit.text().strip() or Path.home())
        path, accepted = FolderDialog.ask(self, start)
        if accepted and path is not None:
            self.folder_edit.setText(str(path))
