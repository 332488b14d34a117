"""The settings dialog: the clinic profile and the handout defaults, one tab a topic."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from handouts.profile import ClinicProfile
from ui.dialogs.messages import show_error
from ui.dialogs.settings.base import SettingsPage
from ui.dialogs.settings.clinic_page import ClinicPage
from ui.dialogs.settings.email_page import EmailPage
from ui.dialogs.settings.handout_page import HandoutPage
from ui.dialogs.settings.logo import LogoError, adopt_logo
from ui.dialogs.settings.record_page import RecordPage
from ui.services.jobs import JobRunner
from ui.style import NOTICE_STYLE

logger = logging.getLogger(__name__)

SETTINGS_PAGES: tuple[type[SettingsPage], ...] = (ClinicPage, HandoutPage, EmailPage, RecordPage)


def _first_problem(checks: list[tuple[int, Callable[[], str]]]) -> tuple[int, str] | None:
    """Run the slow checks in order (off the GUI thread); the first page's problem, if any."""
    for index, check in checks:
        problem = check()
        if problem:
            return index, problem
    return None


class SettingsDialog(QDialog):
    """Edit the clinic profile. `edit` returns (profile, accepted); the caller saves it."""

    checks_done = Signal(str)  # after the slow checks: the problem found, or ""

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
            self.notice_label.setStyleSheet(NOTICE_STYLE)
            layout.addWidget(self.notice_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._checking = False
        self._jobs = JobRunner("settings-checks", self)

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
        """Check every page, the slow checks off the GUI thread, then keep the profile."""
        if self._checking:
            return
        for index, page in enumerate(self.pages):
            problem = page.problem()
            if problem:
                self._refuse(index, problem)
                return
        checks = [
            (index, check)
            for index, page in enumerate(self.pages)
            if (check := page.slow_problem())
        ]
        if not checks:
            self._keep()
            return
        self._checking = True
        self.buttons.setEnabled(False)
        self._jobs.submit(lambda: _first_problem(checks), self._checked, self._check_crashed)

    def _checked(self, found: tuple[int, str] | None) -> None:
        self._checking = False
        self.buttons.setEnabled(True)
        if found is None:
            self._keep()
        else:
            self._refuse(*found)
        self.checks_done.emit(found[1] if found else "")

    def _check_crashed(self, error: Exception) -> None:
        logger.error("settings check failed: %s", type(error).__name__)
        self._checked(None)

    def _refuse(self, index: int, problem: str) -> None:
        self.tabs.setCurrentIndex(index)
        show_error(self, "Check the settings", problem)

    def reject(self) -> None:
        if not self._checking:
            super().reject()

    def _keep(self) -> None:
        """Copy a new logo into the app's folder, then close with the edited profile."""
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
