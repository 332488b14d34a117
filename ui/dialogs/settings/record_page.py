"""The Record tab: whether each handout given is kept in the local record, and for how long."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QWidget

from handouts.legal import LEGAL_WARNING
from handouts.profile import ClinicProfile
from ui.dialogs.settings.base import SettingsPage, top_aligned_form

logger = logging.getLogger(__name__)


class RecordPage(SettingsPage):
    """Recording on or off, and the keeping period (0 months keeps everything)."""

    title = "Record"

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(dialog_profile, parent)
        form = top_aligned_form(self)
        self.keep_box: QCheckBox = self.add_field(form, "record_handouts", "Keep a record")
        self.months_spin: QSpinBox = self.add_field(
            form, "record_keep_months", "Delete records after this many months"
        )
        self.months_spin.setSpecialValueText("never (keep everything)")
        self.warning = QLabel(LEGAL_WARNING)
        self.warning.setWordWrap(True)
        form.addRow("", self.warning)
        where = QLabel(
            "The record stays on this computer, readable only by you; the computer's disk "
            "encryption protects it at rest. See File > History to export or delete it."
        )
        where.setWordWrap(True)
        form.addRow("", where)
