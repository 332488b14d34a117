"""The History panel's table: rows of the record, loaded a page at a time (Qt's fetchMore),
so 100,000 rows open as fast as 100."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from handouts.content import REGION_WORDS
from handouts.model import Region
from handouts.record import DELIVERY_WORDS, language_words

if TYPE_CHECKING:
    from handouts.record import Entry, Query, RecordStore

logger = logging.getLogger(__name__)

PAGE_ROWS = 100
HEADERS = ("Given", "Patient", "Where", "Handout", "Language", "How", "Content")
DATE_COLUMN = 0
Index = QModelIndex | QPersistentModelIndex


def _cell(entry: Entry, column: int) -> str:
    if column == 0:
        return entry.created[:16].replace("T", " ")
    if column == 1:
        return entry.patient or "(no name)"
    if column == 2:
        return f"{entry.side} {REGION_WORDS[Region(entry.region)]}".strip()
    if column == 3:
        return entry.recommendation
    if column == 4:
        return language_words(entry)
    if column == 5:
        how = DELIVERY_WORDS[entry.delivery]
        return f"{how} to {entry.sent_to}" if entry.sent_to else how
    return f"v{entry.content_version}"


class HistoryModel(QAbstractTableModel):
    """The rows a query finds, newest first unless sorted otherwise; more load on scrolling."""

    def __init__(self, store: RecordStore, query: Query) -> None:
        super().__init__()
        self._store = store
        self._query = query
        self._entries: list[Entry] = []
        self._total = 0
        self.search(query)

    def search(self, query: Query) -> None:
        """Show the first page of what `query` finds (the sort order is kept)."""
        self.beginResetModel()
        self._query = query
        self._total = self._store.count(query)
        self._entries = self._store.find(self._page(0))
        self.endResetModel()

    def _page(self, offset: int) -> Query:
        return replace(self._query, limit=PAGE_ROWS, offset=offset)

    def query(self) -> Query:
        return self._query

    def total(self) -> int:
        """How many rows the search found (more than are loaded, perhaps)."""
        return self._total

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return _cell(self._entries[index.row()], index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = self._store.find(self._page(len(self._entries)))
        if not more:
            self._total = len(self._entries)
            return
        start = len(self._entries)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._entries += more
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only by date: newest first (descending) or oldest first."""
        if column != DATE_COLUMN:
            return
        newest = order is Qt.SortOrder.DescendingOrder
        if newest != self._query.newest_first:
            self.search(replace(self._query, newest_first=newest))
