"""Retention: keep everything (0), or delete rows older than N months at start-up."""

from __future__ import annotations

import datetime
from pathlib import Path

from handouts.record import LEGAL_WARNING, Query, RecordStore, apply_retention, retention_message
from handouts.record.retention import months_before
from tests.handouts.record.helpers import FAKE_PDF, entry

TODAY = datetime.date(2026, 11, 27)


def test_months_before_keeps_the_day_or_the_months_last() -> None:
    assert months_before(TODAY, 1) == datetime.date(2026, 10, 27)
    assert months_before(TODAY, 12) == datetime.date(2025, 11, 27)
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)


def test_zero_keeps_everything_and_n_months_deletes_older_rows(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        old = store.add(entry("Old", "2025-10-26T12:00:00+00:00"), FAKE_PDF)
        store.add(entry("Edge", "2025-11-27T08:00:00+00:00"), FAKE_PDF)
        store.add(entry("New", "2026-11-01T12:00:00+00:00"), FAKE_PDF)
        assert apply_retention(store, 0, TODAY) == 0
        assert store.size() == 3
        assert apply_retention(store, 12, TODAY) == 1
        assert [e.patient for e in store.find(Query())] == ["New", "Edge"]
        assert not store.pdf_copy(old).exists()


def test_the_message_warns_about_legal_keeping_periods() -> None:
    assert retention_message(0, 12) == ""
    said = retention_message(3, 12)
    assert said.startswith("3 records older than 12 months were deleted")
    assert LEGAL_WARNING in said and "legal minimum" in LEGAL_WARNING
