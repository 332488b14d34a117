"""The clinic profile as the window holds it: read at start (a damaged file reported, what
could be read kept), edited in the settings dialog, saved to its file; `changed` after a save."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from handouts.clinic_presets import SavedPreset
from handouts.files import WriteFailed
from handouts.profile import (
    DAMAGED_SUFFIX,
    ClinicProfile,
    default_profile_path,
    read_profile,
    save_profile,
)

logger = logging.getLogger(__name__)


class ClinicSettings(QObject):
    """The profile in use, the problem with its file ("" when fine), and saving new settings."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget,
        path: Path | None,
        status: Callable[[], QStatusBar],
        report_error: Callable[[str, str, str], object],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._path = path
        self._status = status
        self._report_error = report_error
        reading = read_profile(path)
        if reading.problems:
            logger.warning("clinic profile damaged; using what could be read until saved")
        self._profile, self._problem = reading.profile, reading.message()
        self._presets = reading.presets

    def path(self) -> Path:
        return self._path or default_profile_path()

    def profile(self) -> ClinicProfile:
        return self._profile

    def problem(self) -> str:
        return self._problem

    def presets(self) -> tuple[SavedPreset, ...]:
        """The clinic's own presets, in the order of the list."""
        return self._presets

    def edit(self) -> None:
        """Open the settings dialog on the profile in use; save it when accepted."""
        # Lazy: the settings dialog (and the mail code it uses) loads when first opened.
        from ui.dialogs.settings.dialog import SettingsDialog

        notice = ""
        if self._problem:
            notice = (
                f"{self._problem}\nThe settings below are those that could be read, "
                "with the usual defaults for the rest; saving them replaces the broken file "
                f"(kept as {self.path().name}{DAMAGED_SUFFIX})."
            )
        profile, accepted = SettingsDialog.edit(self._parent, self._profile, notice)
        if accepted:
            self.apply(profile)

    def apply(
        self,
        profile: ClinicProfile,
        saved_message: str = "Settings saved.",
        presets: tuple[SavedPreset, ...] | None = None,
    ) -> bool:
        """Save the profile (and the presets, when given) to its file and use it; on failure
        say so and keep the old one."""
        presets = self._presets if presets is None else presets
        try:
            save_profile(profile, self._path, presets)
        except WriteFailed as error:
            self._report_error(
                "The settings were not saved",
                str(error),
                "Your earlier settings are unchanged. Fix the problem and save the settings again.",
            )
            return False
        self._profile, self._presets = profile, presets
        self._problem = ""
        self._status().showMessage(saved_message, 5000)
        self.changed.emit()
        return True
