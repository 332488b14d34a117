"""The form: what the clinician ticks, in the brief's vocabulary and order.

It turns ticks into a `Presentation` and back; it knows nothing about what they mean.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from handouts.model import (
    MAX_NOTE_CHARS,
    MAX_PATIENT_CHARS,
    Caution,
    Choice,
    History,
    Language,
    Onset,
    Preference,
    Region,
    Sign,
)
from ui import style, wording
from ui.widgets.choices import Choices
from ui.widgets.form_values import FormValues
from ui.widgets.language_box import LanguageBox
from ui.widgets.note_count import NoteCount, cut_to_limit
from ui.widgets.side_box import SideBox

logger = logging.getLogger(__name__)

NOTE_TOO_LONG = f"The note is limited to {MAX_NOTE_CHARS} characters: the rest was not kept."


class PresentationForm(QWidget):
    """Patient, region, onset and days, signs, preference, history, cautions, choice, note,
    and the handout's language (a new form starts in the clinic's default language).

    `changed` fires once for every user change, and once after `set_values`; `refused`
    carries a short message when typing or pasting went past a limit (the note's length).
    """

    changed = Signal()
    refused = Signal(str)

    def __init__(
        self, default_language: Language = Language.EN, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._default_language = default_language
        self.setAccessibleName("Patient form")

        self.patient_edit = QLineEdit()
        self.patient_edit.setPlaceholderText("Optional: printed on the handout")
        self.patient_edit.setAccessibleName("Patient name")
        self.patient_edit.setToolTip("The patient's name as it should appear on the handout")
        self.patient_edit.setMaxLength(MAX_PATIENT_CHARS)

        self._regions = Choices(
            Region, wording.REGION_LABELS, wording.REGION_TIPS, "Region", exclusive=True
        )
        self.side_box = SideBox()
        self._onsets = Choices(
            Onset, wording.ONSET_LABELS, wording.ONSET_TIPS, "Onset", exclusive=True
        )
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, 3650)
        self.days_spin.setSpecialValueText("today")
        self.days_spin.setSuffix(" days ago")
        self.days_spin.valueChanged.connect(
            lambda days: self.days_spin.setSuffix(" day ago" if days == 1 else " days ago")
        )
        self.days_spin.setToolTip(wording.DAYS_TIP)
        self.days_spin.setAccessibleName("Days since the injury")
        self.days_spin.setAccessibleDescription(wording.DAYS_TIP)
        self._days_label = QLabel("Days since the injury:")
        self._days_label.setBuddy(self.days_spin)

        self._signs = Choices(Sign, wording.SIGN_LABELS, wording.SIGN_TIPS, "Sign", exclusive=False)
        self._preferences = Choices(
            Preference,
            wording.PREFERENCE_LABELS,
            wording.PREFERENCE_TIPS,
            "Patient's preference",
            exclusive=True,
        )
        self._history = Choices(
            History, wording.HISTORY_LABELS, wording.HISTORY_TIPS, "History", exclusive=False
        )
        self._cautions = Choices(
            Caution, wording.CAUTION_LABELS, wording.CAUTION_TIPS, "Caution", exclusive=False
        )
        self._choices = Choices(
            Choice,
            wording.CHOICE_LABELS,
            wording.CHOICE_TIPS,
            "Clinician's choice",
            exclusive=True,
        )

        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText("Optional: a short note printed on the handout")
        self.note_edit.setAccessibleName("Clinician's note")
        self.note_edit.setToolTip("A short note for the patient, printed near the end")
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 3 + 12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        patient_row = QHBoxLayout()
        patient_row.setContentsMargins(4, 2, 4, 2)
        patient_label = QLabel("Patient &name:")
        patient_label.setBuddy(self.patient_edit)
        patient_row.addWidget(patient_label)
        patient_row.addWidget(self.patient_edit, 1)
        # Beside the name: chosen per patient, and the form keeps its height (no scrolling).
        self.language_box = LanguageBox()
        self.language_combo = self.language_box.combo
        patient_row.addWidget(self.language_box)
        layout.addLayout(patient_row)
        where = QVBoxLayout()
        where.addLayout(self._regions.grid(3))
        where.addWidget(self.side_box)
        layout.addWidget(self._box("Where it hurts", where))
        onset_layout = QVBoxLayout()
        onset_layout.addLayout(self._onsets.grid(3))
        days_row = QHBoxLayout()
        days_row.addWidget(self._days_label)
        days_row.addWidget(self.days_spin)
        days_row.addStretch(1)
        onset_layout.addLayout(days_row)
        layout.addWidget(self._box("How it started", onset_layout))
        layout.addWidget(self._box("What you see or feel", self._signs.grid(3)))
        # Each question beside its ticks, not above them: two rows fewer.
        patient_layout = QVBoxLayout()
        patient_layout.setSpacing(2)
        patient_layout.addLayout(self._preferences.row("Would rather use:"))
        patient_layout.addLayout(self._history.row("In the past:"))
        layout.addWidget(self._box("The patient", patient_layout))
        layout.addWidget(self._box("Cautions", self._cautions.grid(3)))
        layout.addWidget(self._box("Clinician's choice", self._choices.grid(2)))
        self.note_count = NoteCount(self.note_edit)
        # The count beside the note, not under it: the form keeps its height.
        note_layout = QGridLayout()
        note_layout.addWidget(self.note_edit, 0, 0)
        count_column = QVBoxLayout()  # the count at the foot of the note
        count_column.addStretch(1)
        count_column.addWidget(self.note_count)
        note_layout.addLayout(count_column, 0, 1)
        layout.addWidget(self._box("Clinician's note", note_layout))
        layout.addStretch(1)

        self.patient_edit.textChanged.connect(self._on_change)
        self.note_edit.textChanged.connect(self._keep_note_short)
        self.note_edit.textChanged.connect(self.note_count.refresh)
        self.note_edit.textChanged.connect(self._on_change)
        self.days_spin.valueChanged.connect(self._on_change)
        self.language_combo.currentIndexChanged.connect(self._on_change)
        for choices in (
            self._regions, self.side_box.choices, self._onsets, self._signs,
            self._preferences, self._history, self._cautions, self._choices,
        ):  # fmt: skip
            choices.group.buttonToggled.connect(self._on_toggle)
            # Each tick's own ring, set once it is in its box (see style.FOCUS_RING_STYLE).
            for button in choices.buttons.values():
                button.setStyleSheet(style.FOCUS_RING_STYLE)
        self.set_values(self.blank_values())

    @staticmethod
    def _box(title: str, layout: QGridLayout | QVBoxLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        layout.setContentsMargins(*style.BOX_MARGINS)
        box.setLayout(layout)
        return box

    def region_button(self, region: Region) -> QAbstractButton:
        return self._regions.buttons[region]

    def onset_button(self, onset: Onset) -> QAbstractButton:
        return self._onsets.buttons[onset]

    def sign_box(self, sign: Sign) -> QAbstractButton:
        return self._signs.buttons[sign]

    def preference_button(self, preference: Preference) -> QAbstractButton:
        return self._preferences.buttons[preference]

    def history_box(self, history: History) -> QAbstractButton:
        return self._history.buttons[history]

    def caution_box(self, caution: Caution) -> QAbstractButton:
        return self._cautions.buttons[caution]

    def choice_button(self, choice: Choice) -> QAbstractButton:
        return self._choices.buttons[choice]

    def focus_order(self) -> list[QWidget]:
        """Every control in the order of the form (the tab order)."""
        widgets: list[QWidget] = [self.patient_edit, self.language_combo]
        widgets += self._regions.buttons.values()
        widgets += self.side_box.buttons
        widgets += self._onsets.buttons.values()
        widgets.append(self.days_spin)
        ticks = (self._signs, self._preferences, self._history, self._cautions, self._choices)
        for choices in ticks:
            widgets += choices.buttons.values()
        widgets.append(self.note_edit)
        return widgets

    def values(self) -> FormValues:
        regions = self._regions.checked()
        onsets = self._onsets.checked()
        preferences = self._preferences.checked()
        choices = self._choices.checked()
        return FormValues(
            region=Region(next(iter(regions))) if regions else None,
            side=self.side_box.side(),
            onset=Onset(next(iter(onsets))) if onsets else Onset.FLARE_UP,
            days=self.days_spin.value(),
            signs=frozenset(Sign(s) for s in self._signs.checked()),
            preference=Preference(next(iter(preferences))) if preferences else Preference.NONE,
            history=frozenset(History(h) for h in self._history.checked()),
            cautions=frozenset(Caution(c) for c in self._cautions.checked()),
            choice=Choice(next(iter(choices))) if choices else Choice.AUTO,
            patient=self.patient_edit.text().strip(),
            note=self.note_edit.toPlainText().strip(),
            language=self.language_box.language(),
        )

    def set_values(self, values: FormValues) -> None:
        """Fill the whole form at once; `changed` fires once at the end."""
        self._loading = True
        try:
            self._regions.set_checked([values.region] if values.region else [])
            self.side_box.follow(self._regions.checked())
            self.side_box.set_side(values.side)
            self._onsets.set_checked([values.onset])
            self.days_spin.setValue(values.days)
            self._signs.set_checked(values.signs)
            self._preferences.set_checked([values.preference])
            self._history.set_checked(values.history)
            self._cautions.set_checked(values.cautions)
            self._choices.set_checked([values.choice])
            if self.patient_edit.text() != values.patient:
                self.patient_edit.setText(values.patient)
            if self.note_edit.toPlainText() != values.note:
                self.note_edit.setPlainText(values.note)
            self.language_box.set_language(values.language)
        finally:
            self._loading = False
        self._on_change()

    def blank_values(self) -> FormValues:
        """The form as New leaves it: nothing ticked, in the clinic's default language."""
        return FormValues(language=self._default_language)

    def clear(self) -> None:
        self.set_values(self.blank_values())

    def set_default_language(self, language: Language) -> None:
        """The clinic's default changed: a form still in the old default follows it."""
        if self.language_box.language() is self._default_language:
            self.language_box.set_language(language)
        self._default_language = language

    def _on_toggle(self, _button: QAbstractButton, checked: bool) -> None:
        # An exclusive group sends one toggle off and one on: react to the "on" only.
        sender = _button.group()
        if sender is not None and sender.exclusive() and not checked:
            return
        self._on_change()

    def _keep_note_short(self) -> None:
        if cut_to_limit(self.note_edit):
            self.refused.emit(NOTE_TOO_LONG)

    def _on_change(self) -> None:
        if self._loading:
            return
        self.side_box.follow(self._regions.checked())
        injury = self._onsets.buttons[Onset.INJURY].isChecked()
        self.days_spin.setEnabled(injury)
        self._days_label.setEnabled(injury)
        self.changed.emit()
