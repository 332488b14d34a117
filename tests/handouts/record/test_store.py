"""The record on disk: rows and PDF copies in real SQLite files, owner-only, versioned."""

from __future__ import annotations

import datetime
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from handouts.record import (
    SCHEMA_VERSION,
    Query,
    RecordError,
    RecordStore,
    presentation_from_data,
    sha256_of,
)
from handouts.record.store import RECORD_FILE
from tests.handouts.record.helpers import FAKE_PDF, entry
from tests.handouts.render.helpers import handout


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_row_keeps_every_field_and_the_exact_pdf_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "record"
    with RecordStore(folder) as store:
        stored = store.add(entry(note="Warm shower first.", sent_to=""), FAKE_PDF)
        again = store.get(stored.id)
        copy = store.pdf_copy(stored)
    assert again == stored
    assert stored.id == 1
    assert stored.presentation == {
        "region": "low-back", "side": None, "onset": "flare-up", "days": None,
        "signs": ["spasm"], "preference": "heat", "history": [], "cautions": [], "choice": "auto",
    }  # fmt: skip
    assert stored.recommendation == "heat" and stored.policy == "heat"
    assert "prefers-heat" in stored.reasons
    assert stored.note == "Warm shower first."
    assert stored.sha256 == sha256_of(FAKE_PDF)
    assert copy.read_bytes() == FAKE_PDF
    assert mode(copy) == 0o600
    assert mode(folder / RECORD_FILE) == 0o600
    assert mode(folder) == 0o700 and mode(copy.parent) == 0o700


def test_the_presentation_kept_fills_in_the_same_presentation(tmp_path: Path) -> None:
    inputs = {"region": "knee", "onset": "injury", "days": 2, "signs": ["swelling", "warmth"],
              "cautions": ["cold-sensitivity"], "history": ["heat-worse"]}  # fmt: skip
    with RecordStore(tmp_path) as store:
        stored = store.add(entry(inputs=inputs), FAKE_PDF)
    assert presentation_from_data(stored.presentation) == handout(inputs).presentation


def test_search_by_name_and_date_newest_first_in_pages(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        for day, name in enumerate(["Jane Doe", "John Smith", "jane roe", "Ann 50%_off"], 1):
            store.add(entry(name, f"2026-11-{day:02d}T09:00:00+00:00"), FAKE_PDF)
        assert [e.patient for e in store.find(Query(patient="JANE"))] == ["jane roe", "Jane Doe"]
        assert [e.patient for e in store.find(Query(patient="50%_"))] == ["Ann 50%_off"]
        assert [e.patient for e in store.find(Query(patient="%"))] == ["Ann 50%_off"]
        days = Query(since=datetime.date(2026, 11, 2), until=datetime.date(2026, 11, 3))
        assert [e.patient for e in store.find(days)] == ["jane roe", "John Smith"]
        oldest = store.find(Query(newest_first=False, limit=2, offset=1))
        assert [e.patient for e in oldest] == ["John Smith", "jane roe"]
        assert store.count(Query(patient="jane")) == 2
        assert store.ids(Query(patient="jane doe", exact_patient=True)) == [1]


def test_delete_removes_rows_and_their_pdf_copies(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        first = store.add(entry("Jane Doe"), FAKE_PDF)
        second = store.add(entry("John Smith"), FAKE_PDF)
        assert store.delete([first.id]) == 1
        assert store.get(first.id) is None
        assert not store.pdf_copy(first).exists()
        assert store.pdf_copy(second).exists()
        assert store.size() == 1


def test_a_changed_or_missing_copy_is_noticed(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        stored = store.add(entry(), FAKE_PDF)
        assert store.copy_matches(stored) is True
        store.pdf_copy(stored).write_bytes(FAKE_PDF + b" ")
        assert store.copy_matches(stored) is False
        store.pdf_copy(stored).unlink()
        assert store.copy_matches(stored) is None


def test_a_version_1_record_is_migrated_with_its_rows(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        store.add(entry("Jane Doe"), FAKE_PDF)
    with sqlite3.connect(tmp_path / RECORD_FILE) as db:  # back to the first schema
        db.executescript("DROP TRIGGER patients_add; DROP TRIGGER patients_remove; "
                         "DROP TABLE patients; PRAGMA user_version = 1;")  # fmt: skip
    with RecordStore(tmp_path) as store:
        assert [e.patient for e in store.find(Query(patient="doe"))] == ["Jane Doe"]
        store.add(entry("John Smith"), FAKE_PDF)
        assert store.count(Query(patient="smith")) == 1


def test_a_deleted_patients_name_is_gone_from_the_file(tmp_path: Path) -> None:
    with RecordStore(tmp_path) as store:
        store.add(entry("Zebedee Quartermaine", note="Zebedee's note"), FAKE_PDF)
        store.add(entry("John Smith"), FAKE_PDF)
        store.delete(store.ids(Query(patient="zebedee quartermaine", exact_patient=True)))
        assert store.find(Query(patient="zeb")) == []
    data = (tmp_path / RECORD_FILE).read_bytes().lower()
    assert b"zebedee" not in data and b"john smith" in data


def test_an_old_database_is_migrated_and_a_newer_one_refused(tmp_path: Path) -> None:
    path = tmp_path / RECORD_FILE
    sqlite3.connect(path).close()  # version 0: no tables yet
    with RecordStore(tmp_path) as store:
        store.add(entry(), FAKE_PDF)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RecordError, match="newer version"):
        RecordStore(tmp_path)


def test_a_damaged_database_is_set_aside_not_deleted(tmp_path: Path) -> None:
    damaged = b"this is not a database" * 100
    (tmp_path / RECORD_FILE).write_bytes(damaged)
    with RecordStore(tmp_path) as store:
        assert "damaged" in store.notice and "set aside" in store.notice
        store.add(entry(), FAKE_PDF)
        assert store.size() == 1
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("record damaged")]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert aside[0].name in store.notice or str(aside[0]) in store.notice


def test_a_locked_database_is_a_plain_error_and_nothing_half_written(tmp_path: Path) -> None:
    with RecordStore(tmp_path, timeout=0.05) as store:
        store.add(entry(), FAKE_PDF)
        holder = sqlite3.connect(tmp_path / RECORD_FILE, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(RecordError, match="locked"):
                store.add(entry("John Smith"), FAKE_PDF)
            with pytest.raises(RecordError, match="locked"), RecordStore(tmp_path, timeout=0.05):
                pass
        finally:
            holder.close()
        assert [e.patient for e in store.find(Query())] == ["Jane Doe"]
    assert sorted(p.name for p in (tmp_path / "pdfs").iterdir()) == ["1.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_folder_is_a_plain_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(RecordError, match="permission"):
            RecordStore(tmp_path / "record")
    finally:
        tmp_path.chmod(0o700)


def test_a_folder_that_cannot_be_made_is_a_plain_error(tmp_path: Path) -> None:
    (tmp_path / "record").write_text("a file where the folder should be")
    with pytest.raises(RecordError) as raised:
        RecordStore(tmp_path / "record")
    assert "Traceback" not in str(raised.value) and str(tmp_path) in str(raised.value)
