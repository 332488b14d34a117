"""What every settings tab is built on: the page class and its declared fields.

Each field's label, tooltip and kind come from `handouts.settings.SETTINGS` (declared once);
a page only says which settings it shows, in what order, and the screen-reader name of each.

To add a tab: subclass `SettingsPage`, add its fields with `add_field` (or a special widget
with `add_row`, loading and applying it yourself), and add the class to `SETTINGS_PAGES` in
dialog.py. A page can call `self.dialog_profile()` to get the profile as edited so far.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from handouts.profile import ClinicProfile
from handouts.settings import EMAIL_TEXT_KEYS, Setting, setting

logger = logging.getLogger(__name__)

# Kept exactly as typed (they are templates); every other text setting is trimmed.
VERBATIM = frozenset(key for keys in EMAIL_TEXT_KEYS.values() for key in keys)


def editor_for(declared: Setting) -> QWidget:
    """The plain editor for a declared setting of kind str, bool or int."""
    if declared.kind is bool:
        return QCheckBox(declared.label)
    if declared.kind is int:
        spin = QSpinBox()
        spin.setRange(*(declared.limits or (1, 65535)))
        return spin
    if declared.multiline:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        return edit
    return QLineEdit()


def shown_value(widget: QWidget, value: Any) -> None:
    """Show a profile value in the field's widget."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


def edited_value(widget: QWidget, declared: Setting) -> Any:
    """The value the field's widget holds now, of the declared kind."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        kind: type[StrEnum] = declared.kind
        return kind(widget.currentData())
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]
    return text if declared.key in VERBATIM else text.strip()


class SettingsPage(QWidget):
    """One tab of the settings dialog."""

    title = ""

    def __init__(self, dialog_profile: Callable[[], ClinicProfile], parent: QWidget | None = None):
        super().__init__(parent)
        self.dialog_profile = dialog_profile
        self.setAccessibleName(self.title)
        self.fields: dict[str, QWidget] = {}

    def add_row(
        self, form: QFormLayout, key: str, field: QWidget | QLayout, buddy: QWidget
    ) -> None:
        """A row for setting `key`: its declared label (with its mnemonic) beside `field`."""
        declared = setting(key)
        buddy.setToolTip(declared.help)
        if isinstance(buddy, QCheckBox):
            form.addRow("", field)
            return
        label = QLabel(declared.label)
        label.setBuddy(buddy)
        form.addRow(label, field)

    def add_field(
        self,
        form: QFormLayout,
        key: str,
        name: str,
        *,
        widget: QWidget | None = None,
        beside: QWidget | None = None,
    ) -> Any:
        """Add the field for setting `key` (its own editor unless `widget` is given), loaded
        and applied by the page; `name` is what a screen reader calls it."""
        field = widget if widget is not None else editor_for(setting(key))
        field.setAccessibleName(name)
        self.fields[key] = field
        if beside is None:
            self.add_row(form, key, field, field)
        else:
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(beside)
            self.add_row(form, key, row, field)
        return field

    def load(self, profile: ClinicProfile) -> None:
        for key, widget in self.fields.items():
            shown_value(widget, getattr(profile, key))

    def apply(self, profile: ClinicProfile) -> ClinicProfile:
        return profile.with_changes(
            **{key: edited_value(widget, setting(key)) for key, widget in self.fields.items()}
        )

    def problem(self) -> str:
        """What must be fixed before saving, or "" when the page is fine."""
        return ""

    def slow_problem(self) -> Callable[[], str] | None:
        """A check that may block (a DNS lookup, say), for the dialog to run off the GUI
        thread before saving; it returns what must be fixed, or "". None: nothing to check."""
        return None


def top_aligned_form(page: QWidget) -> QFormLayout:
    """A form whose rows stay together at the top when another tab makes the dialog taller."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form
