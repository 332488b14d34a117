"""The Clinic tab: who hands out the sheet, printed in the handout's header."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from handouts.profile import ClinicProfile
from ui.dialogs.files import ImageDialog
from ui.dialogs.messages import show_error
from ui.dialogs.settings.base import SettingsPage, top_aligned_form
from ui.dialogs.settings.logo import LogoError, check_logo
from ui.style import LOGO_PREVIEW_STYLE

logger = logging.getLogger(__name__)


class ClinicPage(SettingsPage):
    """Who hands out the sheet: printed in the handout's header."""

    title = "Clinic"

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(120, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(LOGO_PREVIEW_STYLE)
        self.logo_preview.setAccessibleName("Logo preview")
        self.logo_choose = QPushButton("Choose…")
        self.logo_choose.setAccessibleName("Choose the logo")
        self.logo_remove = QPushButton("Remove")
        self.logo_remove.setAccessibleName("Remove the logo")
        self.logo_choose.clicked.connect(self._choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        self._logo: Path | None = None

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_choose)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        form = top_aligned_form(self)
        self.name_edit: QLineEdit = self.add_field(form, "name", "Clinic name")
        self.address_edit: QPlainTextEdit = self.add_field(form, "address", "Clinic address")
        self.address_edit.setFixedHeight(self.address_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.phone_edit: QLineEdit = self.add_field(form, "phone", "Clinic phone")
        self.website_edit: QLineEdit = self.add_field(form, "website", "Clinic website")
        self.add_row(form, "logo", logo_row, self.logo_choose)
        self.clinician_edit: QLineEdit = self.add_field(form, "clinician", "Clinician name")
        self.role_edit: QLineEdit = self.add_field(form, "role", "Clinician's role word")
        self.emergency_edit: QLineEdit = self.add_field(
            form, "emergency_number", "Emergency number"
        )

    def load(self, profile: ClinicProfile) -> None:
        super().load(profile)
        self.set_logo(profile.logo_path)

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        return super().apply(profile).with_changes(logo=str(self._logo) if self._logo else "")

    def logo(self) -> Path | None:
        return self._logo

    def set_logo(self, path: Path | None) -> None:
        """Show `path` as the logo (not yet copied: that happens when settings are saved)."""
        self._logo = path
        self.logo_remove.setEnabled(path is not None)
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(path.name if path else "No logo")
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def choose_logo_file(self, path: Path) -> bool:
        """Use `path` as the logo if it is a usable picture; otherwise say why."""
        try:
            check_logo(path)
        except LogoError as error:
            show_error(self, "This logo cannot be used", str(error))
            return False
        self.set_logo(path)
        return True

    def _choose_logo(self) -> None:
        start = self._logo.parent if self._logo else Path.home()
        path, accepted = ImageDialog.ask(self, start)
        if accepted and path is not None:
            self.choose_logo_file(path)
