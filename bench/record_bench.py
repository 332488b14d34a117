"""History at scale: a generated record of 100,000 rows; how long a search and opening the
History panel take (issue 15: search under 50 ms, the panel under 200 ms)."""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
import time
from pathlib import Path

ROWS = 100_000
FIRST = ["Alex", "Sam", "Jane", "John", "Maria", "Wei", "Aisha", "Olga", "Ravi", "Chloe",
         "Tom", "Ines", "Kofi", "Yuki", "Lena", "Omar", "Nora", "Pablo", "Sara", "Ben"]  # fmt: skip
LAST = ["Smith", "Jones", "Garcia", "Nguyen", "Okafor", "Kowalski", "Rossi", "Müller",
        "Haddad", "Tanaka", "Dubois", "Silva", "Khan", "Larsen", "Novak", "Brown"]  # fmt: skip


def generate(folder: Path, rows: int = ROWS) -> None:
    """`rows` rows over five years, 320 names x ~300 visits; no PDF copies (not read here)."""
    from handouts.record import RecordStore
    from handouts.record.query import row_values
    from tests.handouts.record.helpers import entry

    template = entry()
    pick = random.Random(15)
    start = time.mktime((2021, 11, 27, 8, 0, 0, 0, 0, -1))
    with RecordStore(folder) as store:
        names = [f"{first} {last}" for first in FIRST for last in LAST]
        values = []
        for index in range(rows):
            when = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(start + index * 1577))
            made = dataclasses.replace(
                template, patient=pick.choice(names), created=when, pdf_file=f"pdfs/{index}.pdf"
            )
            values.append(tuple(row_values(made).values()))
        columns = ", ".join(row_values(template))
        marks = ", ".join("?" * len(row_values(template)))
        db = store._db  # the bench fills the table in one transaction, as an import would
        db.execute("BEGIN")
        db.executemany(f"INSERT INTO handouts ({columns}) VALUES ({marks})", values)
        db.execute("COMMIT")


def record_figures(home: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from handouts.profile import ClinicProfile
    from handouts.record import Query, RecordStore
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.history_model import HistoryModel
    from ui.services.recording import RecordService

    folder = home / "record-bench"
    generate(folder)
    app = QApplication.instance() or QApplication([])
    times: dict[str, list[float]] = {"search": [], "rare": [], "open": []}
    with RecordStore(folder) as store:
        model = HistoryModel(store, Query())
        for _ in range(9):
            for key, name in (("search", "smith"), ("rare", "zz nobody")):
                began = time.perf_counter()
                model.search(Query(patient=name))
                times[key].append((time.perf_counter() - began) * 1000)
    records = RecordService(ClinicProfile, folder)
    for _ in range(7):
        began = time.perf_counter()
        panel = HistoryDialog(
            records.open_store(), records, ClinicProfile, lambda _e: None, lambda _e: None
        )
        panel.show()
        app.processEvents()
        times["open"].append((time.perf_counter() - began) * 1000)
        panel.close()
        panel.deleteLater()
        app.processEvents()
    records.shutdown()
    return {
        "history_search_ms": statistics.median(times["search"]),
        "history_search_no_match_ms": statistics.median(times["rare"]),
        "history_open_ms": statistics.median(times["open"]),
    }


if __name__ == "__main__":
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory() as temp:
        for name, value in record_figures(Path(temp)).items():
            print(f"{name}: {value:.1f} ms")
