"""How long the record keeps rows: everything (0 months) or N months, applied at start-up."""

from __future__ import annotations

import calendar
import datetime
import logging

from handouts.legal import LEGAL_WARNING
from handouts.record.query import Query
from handouts.record.store import RecordStore

logger = logging.getLogger(__name__)


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` months earlier (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def apply_retention(store: RecordStore, months: int, today: datetime.date | None = None) -> int:
    """Delete the rows (and PDF copies) older than `months` months; 0 keeps everything.
    Returns how many rows were deleted."""
    if months <= 0:
        return 0
    cutoff = months_before(today or datetime.date.today(), months)
    ids = store.ids(Query(until=cutoff - datetime.timedelta(days=1)))
    deleted = store.delete(ids)
    if deleted:
        logger.info("retention: %d old rows deleted", deleted)
    return deleted


def retention_message(deleted: int, months: int) -> str:
    if not deleted:
        return ""
    return (
        f"{deleted} record{'s' if deleted != 1 else ''} older than {months} months "
        f"{'were' if deleted != 1 else 'was'} deleted, as the settings ask. {LEGAL_WARNING}"
    )
