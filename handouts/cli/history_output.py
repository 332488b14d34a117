"""How `history` prints rows: a plain table, CSV (every column) or JSON."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Iterable
from typing import Any

from handouts.record import DELIVERY_WORDS, Entry, RecordStore

# Every column of the record, in this order, for --csv and --json; "pdf_copy" is the kept file.
COLUMNS: tuple[str, ...] = (
    "id",
    *(item.name for item in dataclasses.fields(Entry) if item.name not in ("id", "pdf_file")),
    "pdf_copy",
)


def as_data(entry: Entry, store: RecordStore) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    data.pop("pdf_file")
    data["delivery"] = entry.delivery.value
    data["reasons"] = list(entry.reasons)
    data["cautions"] = list(entry.cautions)
    data["pdf_copy"] = str(store.pdf_copy(entry))
    return {column: data[column] for column in COLUMNS}


# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Typed text as a spreadsheet shows it, never run: a leading ' stops a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(entries: Iterable[Entry], store: RecordStore) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        data = as_data(entry, store)
        data["presentation"] = json.dumps(data["presentation"], sort_keys=True)
        data["reasons"] = ";".join(data["reasons"])
        data["cautions"] = ";".join(data["cautions"])
        data["large_print"] = "yes" if data["large_print"] else "no"
        writer.writerow(spreadsheet_safe(value) for value in data.values())


def write_json(entries: Iterable[Entry], store: RecordStore) -> None:
    json.dump(
        [as_data(entry, store) for entry in entries], sys.stdout, indent=2, ensure_ascii=False
    )
    sys.stdout.write("\n")


def write_table(entries: list[Entry]) -> None:
    if not entries:
        sys.stdout.write("No handouts in the record match.\n")
        return
    for entry in entries:
        when = entry.created[:16].replace("T", " ")
        how = DELIVERY_WORDS[entry.delivery] + (f" to {entry.sent_to}" if entry.sent_to else "")
        patient = entry.patient or "(no name)"
        sys.stdout.write(
            f"{entry.id:>6}  {when}  {patient}  {entry.region}  {entry.recommendation}  "
            f"{entry.language}  {how}\n"
        )
