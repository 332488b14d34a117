"""The History panel (Ctrl+H): every handout given, searchable by the patient's name and the
date, sorted by date, a page at a time. For the selected row: reprint or email the exact PDF
kept, reopen it in the form, open the PDF, copy a chart note, see whether the kept copy still
matches its SHA-256, and delete. Export and import move everything to another computer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from handouts.profile import ClinicProfile
from handouts.record import Entry, Query, RecordError, RecordStore
from ui.dialogs import messages
from ui.dialogs.history_actions import HistoryActions
from ui.dialogs.history_model import DATE_COLUMN, HistoryModel
from ui.services.recording import RecordService

logger = logging.getLogger(__name__)

DESCENDING, ASCENDING = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
ANY_DAY = QDate(2000, 1, 1)  # the date fields' "any" value
COPY_WORDS = {
    True: "The kept PDF matches its SHA-256: it is the very sheet given.",
    False: "The kept PDF has changed since it was given: it no longer matches its SHA-256.",
    None: "The kept PDF is missing.",
}


def _date_field(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(ANY_DAY)
    edit.setSpecialValueText("any day")
    edit.setDate(ANY_DAY)
    return edit


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


class HistoryDialog(QDialog):
    """The panel. `store` is the open record; row work goes through `records`."""

    told = Signal(str)  # each message the panel shows, for tests and screen readers

    def __init__(
        self,
        store: RecordStore,
        records: RecordService,
        profile: Callable[[], ClinicProfile],
        reopen: Callable[[Entry], None],
        new_for_patient: Callable[[Entry], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.records = records
        self.setWindowTitle("History of handouts given")
        self.setAccessibleName("History of handouts given")
        self.resize(900, 560)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName("Search by the patient's name")
        self.search_edit.setPlaceholderText("Patient's name (part of it)")
        self.since_edit = _date_field("Given on or after")
        self.until_edit = _date_field("Given on or before")
        self.model = HistoryModel(store, self._query())
        self.table = QTableView()
        self.table.setAccessibleName("Handouts given")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(DATE_COLUMN, DESCENDING)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header.resizeSection(
            DATE_COLUMN, header.fontMetrics().horizontalAdvance("0000-00-00 00:00  ") + 24
        )
        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.copy_label = QLabel()
        self.copy_label.setAccessibleName("Whether the kept PDF still matches")
        self.copy_label.setWordWrap(True)
        self.off_label = QLabel("Recording is off: new handouts are not added (Settings).")
        self.off_label.setVisible(not profile().record_handouts)
        self.with_name_box = QCheckBox("Put the patient's &name in the chart note")
        self.row_actions = HistoryActions(self, profile, reopen, new_for_patient)
        act = self.row_actions
        self.reprint_button = _button("&Reprint…", "Reprint the kept PDF", act.reprint)
        self.resend_button = _button("&Email again…", "Email the kept PDF", act.resend)
        self.reopen_button = _button("Re&open", "Reopen in the form", act.reopen)
        self.new_for_button = _button(
            "Ne&w for this patient", "New handout for this patient", act.new_for_patient
        )
        self.open_button = _button("Open &PDF", "Open the kept PDF", act.open_pdf)
        self.chart_button = _button("&Copy chart note", "Copy chart note", act.copy_chart_note)
        self.delete_button = _button("&Delete…", "Delete this row", act.delete_row)
        self.delete_patient_button = _button(
            "Delete all of this pa&tient…", "Delete every row of this patient", act.delete_patient
        )
        self.export_button = _button("E&xport…", "Export everything to an archive", act.export)
        self.import_button = _button("&Import…", "Import an archive", act.import_)
        self.close_button = _button("Close", "Close", self.close)
        self.row_buttons = (
            self.reprint_button, self.resend_button, self.reopen_button, self.new_for_button,
            self.open_button,
            self.chart_button, self.delete_button, self.delete_patient_button,
        )  # fmt: skip
        self._lay_out()
        self.search_edit.textChanged.connect(self.refresh)
        self.since_edit.dateChanged.connect(self.refresh)
        self.until_edit.dateChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        records.recorded.connect(self.refresh)
        self._show_count()
        self._selection_changed()

    def _lay_out(self) -> None:
        search = QHBoxLayout()
        search.addWidget(_label("&Patient:", self.search_edit))
        search.addWidget(self.search_edit, 1)
        search.addWidget(_label("&From:", self.since_edit))
        search.addWidget(self.since_edit)
        search.addWidget(_label("&To:", self.until_edit))
        search.addWidget(self.until_edit)
        rows = QHBoxLayout()
        for button in self.row_buttons:
            rows.addWidget(button)
        rows.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.with_name_box)
        bottom.addStretch(1)
        for button in (self.export_button, self.import_button, self.close_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.off_label)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.copy_label)
        layout.addWidget(self.status_label)
        layout.addLayout(rows)
        layout.addLayout(bottom)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        """Sorted by date only: a click on another column keeps the date's order."""
        header = self.table.horizontalHeader()
        if column != DATE_COLUMN:
            newest = self.model.query().newest_first
            header.setSortIndicator(DATE_COLUMN, DESCENDING if newest else ASCENDING)
            return
        self.model.sort(column, order)

    @staticmethod
    def _day(edit: QDateEdit) -> object:
        return None if edit.date() == ANY_DAY else edit.date().toPython()

    def _query(self) -> Query:
        newest = getattr(self, "model", None) is None or self.model.query().newest_first
        return Query(
            patient=self.search_edit.text(),
            since=self._day(self.since_edit),  # type: ignore[arg-type]
            until=self._day(self.until_edit),  # type: ignore[arg-type]
            newest_first=newest,
        )

    def refresh(self, *_args: object) -> None:
        """Search again with what the fields say (also after a row is added or deleted)."""
        try:
            self.model.search(self._query())
        except RecordError as error:
            self.count_label.setText(str(error))
            return
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total()
        self.count_label.setText(
            "No handouts match." if not total else f"{total} handout{'s' if total != 1 else ''}"
        )

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        entry = self.selected()
        for button in self.row_buttons:
            button.setEnabled(entry is not None)
        if entry is None:
            self.copy_label.setText("Pick a row to reprint, email, reopen or note it.")
            return
        try:
            matches = self.store.copy_matches(entry)
        except RecordError as error:
            self.copy_label.setText(str(error))
            return
        self.copy_label.setText(f"{COPY_WORDS[matches]} SHA-256 {entry.sha256}")
        self.reprint_button.setEnabled(bool(matches))
        self.resend_button.setEnabled(bool(matches))
        self.open_button.setEnabled(matches is not None)

    def with_name(self) -> bool:
        return self.with_name_box.isChecked()

    def widget(self) -> QWidget:
        return self

    def tell(self, title: str, text: str, ok: bool = True) -> None:
        """Say how an action went: a line in the panel, or a message box for a failure."""
        self.status_label.setText(text)
        if not ok:
            messages.show_error(self, title, text)
        self.told.emit(f"{title}: {text}")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.records.recorded.disconnect(self.refresh)
        self.store.close()
        super().closeEvent(event)

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        """Ask before deleting for good (tests replace this)."""
        answer = QMessageBox.question(
            parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def open_in_system(cls, url: QUrl) -> bool:
        """Open a file with the system's program (tests replace this)."""
        return QDesktopServices.openUrl(url)
