"""record_given never raises: the handout is already given; a failed write is told plainly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from handouts.record import Delivery, RecordStore, record_given
from handouts.record.store import RECORD_FILE
from tests.handouts.record.helpers import FAKE_PDF, entry


def test_recorded_rows_come_back(tmp_path: Path) -> None:
    done = record_given([(entry(), FAKE_PDF), (entry("John Smith"), FAKE_PDF)], tmp_path)
    assert done.ok and [e.id for e in done.entries] == [1, 2]
    assert done.messages(Delivery.PRINTED) == []


def test_a_locked_record_is_told_not_raised(tmp_path: Path) -> None:
    RecordStore(tmp_path).close()
    holder = sqlite3.connect(tmp_path / RECORD_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        done = record_given([(entry(), FAKE_PDF)], tmp_path, timeout=0.05)
    finally:
        holder.close()
    assert not done.ok
    (message,) = done.messages(Delivery.PRINTED)
    assert message.startswith("The handout was printed, but it was not added to the record")
    assert "locked" in message


def test_a_damaged_record_is_told_and_the_row_kept_in_a_new_one(tmp_path: Path) -> None:
    (tmp_path / RECORD_FILE).write_bytes(b"garbage" * 1000)
    done = record_given([(entry(), FAKE_PDF)], tmp_path)
    assert done.ok and done.entries
    (notice,) = done.messages(Delivery.EMAILED)
    assert "damaged" in notice and "new record" in notice


def test_a_folder_in_the_way_is_told(tmp_path: Path) -> None:
    (tmp_path / "record").write_text("not a folder")
    done = record_given([(entry(), FAKE_PDF)], tmp_path / "record")
    assert not done.ok
    assert "was saved" in done.messages(Delivery.SAVED)[0]
