"""The settings dialog: the clinic profile and the handout defaults, one tab a topic.

To add a tab (the email settings, say): subclass `SettingsPage`, implement `load` and `apply`
(and `problem` if the page can be wrong), and add the class to `SETTINGS_PAGES`. A page can call
`self.dialog_profile()` to get the profile as edited so far (for a "Send test email" button).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from handouts.files import WriteFailed, write_atomic
from handouts.profile import ClinicProfile, Paper, data_dir
from ui.dialogs import FolderDialog, ImageDialog
from ui.messages import show_error

logger = logging.getLogger(__name__)

LOGO_STEM = "clinic-logo"


class LogoError(Exception):
    """The chosen logo cannot be used; the message says why and what to do."""


def check_logo(path: Path) -> None:
    """Raise LogoError unless the handout can show `path` (the renderer's own check)."""
    from handouts.render import RenderError
    from handouts.render import check_logo as renderer_check

    try:
        renderer_check(path)
    except RenderError as error:
        raise LogoError(str(error)) from None


def adopt_logo(source: Path) -> Path:
    """Copy the logo into the app's data folder (so moving the original breaks nothing)."""
    check_logo(source)
    folder = data_dir()
    target = folder / f"{LOGO_STEM}{source.suffix.lower()}"
    if source.resolve() == target.resolve():
        return target
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
    except OSError as error:
        raise LogoError(f"The logo could not be copied ({error.strerror}).") from None
    try:
        write_atomic(target, data)
    except WriteFailed as error:
        raise LogoError(str(error)) from None
    for old in folder.glob(f"{LOGO_STEM}.*"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


class SettingsPage(QWidget):
    """One tab of the settings dialog."""

    title = ""

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(parent)
        self.dialog_profile = dialog_profile
        self.setAccessibleName(self.title)

    def load(self, profile: ClinicProfile) -> None:
        raise NotImplementedError

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        raise NotImplementedError

    def problem(self) -> str:
        """What must be fixed before saving, or "" when the page is fine."""
        return ""


def _top_aligned_form(page: QWidget) -> QFormLayout:
    """A form whose rows stay together at the top when another tab makes the dialog taller."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def line_edit(name: str, tip: str) -> QLineEdit:
    """A one-line field with its accessible name and tooltip (every settings tab uses it)."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tip)
    return edit


class ClinicPage(SettingsPage):
    """Who hands out the sheet: printed in the handout's header."""

    title = "Clinic"

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        self.name_edit = line_edit("Clinic name", "Printed at the top of every handout")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setAccessibleName("Clinic address")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.address_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.phone_edit = line_edit("Clinic phone", "Printed in the header")
        self.website_edit = line_edit("Clinic website", "Printed in the header")
        self.clinician_edit = line_edit(
            "Clinician name", "Your name as printed on the handout (you can change it per handout)"
        )
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(120, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb; background: white")
        self.logo_preview.setAccessibleName("Logo preview")
        self.logo_choose = QPushButton("Choose…")
        self.logo_choose.setAccessibleName("Choose the logo")
        self.logo_choose.setToolTip("Pick a PNG, JPEG or GIF file; the app keeps a copy")
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
        form = _top_aligned_form(self)
        form.addRow("Clinic &name:", self.name_edit)
        form.addRow("&Address:", self.address_edit)
        form.addRow("&Phone:", self.phone_edit)
        form.addRow("&Website:", self.website_edit)
        form.addRow("Logo:", logo_row)
        form.addRow("&Clinician:", self.clinician_edit)

    def load(self, profile: ClinicProfile) -> None:
        self.name_edit.setText(profile.name)
        self.address_edit.setPlainText(profile.address)
        self.phone_edit.setText(profile.phone)
        self.website_edit.setText(profile.website)
        self.clinician_edit.setText(profile.clinician)
        self.set_logo(profile.logo_path)

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        return profile.with_changes(
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            phone=self.phone_edit.text().strip(),
            website=self.website_edit.text().strip(),
            clinician=self.clinician_edit.text().strip(),
            logo=str(self._logo) if self._logo else "",
        )

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


class HandoutPage(SettingsPage):
    """How handouts are printed and where they are saved."""

    title = "Handout"

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        self.paper_combo = QComboBox()
        self.paper_combo.addItem("A4", Paper.A4)
        self.paper_combo.addItem("Letter", Paper.LETTER)
        self.paper_combo.setAccessibleName("Paper size")
        self.paper_combo.setToolTip("The paper the handout is laid out for")
        self.large_print_box = QCheckBox("Large print (18 pt, up to 4 pages)")
        self.large_print_box.setAccessibleName("Large print")
        self.large_print_box.setToolTip("For patients who need bigger text")
        self.folder_edit = line_edit(
            "Default save folder", "Where Save PDF starts; empty means your home folder"
        )
        self.folder_choose = QPushButton("Choose…")
        self.folder_choose.setAccessibleName("Choose the default save folder")
        self.folder_choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_choose)
        form = _top_aligned_form(self)
        form.addRow("&Paper size:", self.paper_combo)
        form.addRow("", self.large_print_box)
        folder_label = QLabel("Save PDFs in &folder:")
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)

    def load(self, profile: ClinicProfile) -> None:
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(profile.paper)))
        self.large_print_box.setChecked(profile.large_print)
        self.folder_edit.setText(profile.save_folder)

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        return profile.with_changes(
            paper=Paper(self.paper_combo.currentData()),
            large_print=self.large_print_box.isChecked(),
            save_folder=self.folder_edit.text().strip(),
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


SETTINGS_PAGES: list[type[SettingsPage]] = [ClinicPage, HandoutPage]


class SettingsDialog(QDialog):
    """Edit the clinic profile. `edit` returns (profile, accepted); the caller saves it."""

    def __init__(
        self,
        profile: ClinicProfile,
        parent: QWidget | None = None,
        *,
        notice: str = "",
        pages: Sequence[type[SettingsPage]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.setMinimumWidth(560)
        self._original = profile
        self._result = profile
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Settings topics")
        self.pages: list[SettingsPage] = []
        for page_type in pages if pages is not None else SETTINGS_PAGES:
            page = page_type(self.profile)
            page.load(profile)
            self.pages.append(page)
            self.tabs.addTab(page, page.title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if notice:
            self.notice_label = QLabel(notice)
            self.notice_label.setWordWrap(True)
            self.notice_label.setAccessibleName("Notice")
            self.notice_label.setStyleSheet(
                "color: #7a4f00; background: #fff4d6; border: 1px solid #7a4f00;"
                " border-radius: 4px; padding: 6px"
            )
            layout.addWidget(self.notice_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    def page(self, page_type: type[SettingsPage]) -> SettingsPage:
        return next(page for page in self.pages if isinstance(page, page_type))

    def profile(self) -> ClinicProfile:
        """The profile as edited so far (logo not yet copied)."""
        profile = self._original
        for page in self.pages:
            profile = page.apply(profile)
        return profile

    def result_profile(self) -> ClinicProfile:
        """The accepted profile, with the logo copied into the app's data folder."""
        return self._result

    def accept(self) -> None:
        for index, page in enumerate(self.pages):
            problem = page.problem()
            if problem:
                self.tabs.setCurrentIndex(index)
                show_error(self, "Check the settings", problem)
                return
        profile = self.profile()
        if profile.logo and profile.logo != self._original.logo:
            try:
                logo = adopt_logo(Path(profile.logo))
            except LogoError as error:
                show_error(self, "This logo cannot be used", str(error))
                return
            profile = profile.with_changes(logo=str(logo))
        self._result = profile
        super().accept()

    @classmethod
    def edit(
        cls, parent: QWidget | None, profile: ClinicProfile, notice: str = ""
    ) -> tuple[ClinicProfile, bool]:
        dialog = cls(profile, parent, notice=notice)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_profile() if accepted else profile
        dialog.deleteLater()
        return result, accepted


# The Email tab (ui/email_settings.py) builds on SettingsPage above and adds itself to
# SETTINGS_PAGES when imported; importing it here makes the tab always present.
import ui.email_settings  # noqa: E402, F401
