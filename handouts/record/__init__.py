"""The local record of every handout given: SQLite and the exact PDFs, on this computer only.

Nothing here leaves the machine, and no patient data goes to any log. Qt-free.
"""

from __future__ import annotations

from handouts.record.archive import Imported, export_archive, import_archive
from handouts.record.chart_note import chart_note
from handouts.record.entry import (
    DELIVERY_WORDS,
    Delivery,
    Entry,
    entry_for,
    entry_language,
    language_words,
    presentation_from_data,
    sha256_of,
)
from handouts.record.query import Query
from handouts.record.recording import Recorded, not_recorded_message, record_given
from handouts.record.reopen import content_changed, handout_again
from handouts.record.retention import LEGAL_WARNING, apply_retention, retention_message
from handouts.record.schema import SCHEMA_VERSION
from handouts.record.store import RecordError, RecordStore, record_dir

__all__ = [
    "DELIVERY_WORDS",
    "LEGAL_WARNING",
    "SCHEMA_VERSION",
    "Delivery",
    "Entry",
    "Imported",
    "Query",
    "RecordError",
    "RecordStore",
    "Recorded",
    "apply_retention",
    "chart_note",
    "content_changed",
    "entry_for",
    "entry_language",
    "export_archive",
    "handout_again",
    "import_archive",
    "language_words",
    "not_recorded_message",
    "presentation_from_data",
    "record_dir",
    "record_given",
    "retention_message",
    "sha256_of",
]
