"""Which rows to show (a patient's name, a date range, a page) and the row <-> Entry mapping."""

from __future__ import annotations

import dataclasses
import datetime
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from handouts.record.entry import Delivery, Entry

# Columns kept as JSON text, and the one stored as 0/1.
_JSON = ("presentation", "reasons", "cautions")
_BOOL = ("large_print",)


@dataclass(frozen=True)
class Query:
    """`patient`: part of the name, any case; `since`/`until`: the days given (inclusive)."""

    patient: str = ""
    since: datetime.date | None = None
    until: datetime.date | None = None
    newest_first: bool = True
    limit: int = 0  # 0: every row
    offset: int = 0
    exact_patient: bool = False  # the whole name (to delete one patient's rows)


def patient_key(name: str) -> str:
    """The name as searched: case and surrounding spaces ignored."""
    return " ".join(name.casefold().split())


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(query: Query) -> tuple[str, list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    key = patient_key(query.patient)
    if key and query.exact_patient:
        conditions.append("patient_key = ?")
        params.append(key)
    elif key:
        conditions.append("patient_key IN (SELECT key FROM patients WHERE key LIKE ? ESCAPE '\\')")
        params.append(_like(key))
    if query.since is not None:
        conditions.append("created >= ?")
        params.append(query.since.isoformat())
    if query.until is not None:
        conditions.append("created < ?")
        params.append((query.until + datetime.timedelta(days=1)).isoformat())
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


def row_values(entry: Entry) -> dict[str, object]:
    """The columns to insert for `entry` (no id: the database gives it)."""
    values: dict[str, object] = {}
    for item in dataclasses.fields(Entry):
        if item.name == "id":
            continue
        value: Any = getattr(entry, item.name)
        if item.name in _JSON:
            value = json.dumps(list(value) if isinstance(value, tuple) else value, sort_keys=True)
        elif item.name in _BOOL:
            value = int(bool(value))
        elif isinstance(value, Delivery):
            value = value.value
        values[item.name] = value
    values["patient_key"] = patient_key(entry.patient)
    return values


_FIELDS = tuple(item.name for item in dataclasses.fields(Entry))


def entry_from_row(row: sqlite3.Row) -> Entry:
    values: dict[str, Any] = {name: row[name] for name in _FIELDS}
    values["presentation"] = json.loads(values["presentation"])
    values["reasons"] = tuple(json.loads(values["reasons"]))
    values["cautions"] = tuple(json.loads(values["cautions"]))
    values["large_print"] = bool(values["large_print"])
    values["delivery"] = Delivery(values["delivery"])
    return Entry(**values)
