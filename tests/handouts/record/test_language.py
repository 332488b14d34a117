"""The record keeps each handout's language: stored with the row, given back on reopening,
said in the chart note; an earlier record file (all English) reads the same."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from handouts.model import Language
from handouts.record import (
    Delivery,
    RecordStore,
    chart_note,
    entry_for,
    entry_language,
    handout_again,
    language_words,
)
from handouts.record.store import RECORD_FILE
from handouts.render import CONTENT_VERSION
from tests.handouts.record.helpers import BACK, FAKE_PDF, entry
from tests.handouts.render.helpers import CLINIC, handout


def test_the_language_is_stored_with_the_row_and_comes_back(tmp_path: Path) -> None:
    given = handout(BACK, language=Language.ES)
    made = entry_for(given, FAKE_PDF, Delivery.SAVED, content_version=CONTENT_VERSION)
    assert made.language == "es"
    with RecordStore(tmp_path) as store:
        stored = store.add(made, FAKE_PDF)
        kept = store.get(stored.id)
    assert kept is not None and kept.language == "es"
    assert entry_language(kept) is Language.ES
    assert language_words(kept) == "Español"
    assert handout_again(kept, CLINIC).language is Language.ES


def test_a_language_this_version_lacks_reopens_in_the_profiles_default() -> None:
    unknown = entry(language="de")
    assert entry_language(unknown) is None
    assert language_words(unknown) == "de"
    again = handout_again(unknown, CLINIC.with_changes(language=Language.FR))
    assert again.language is Language.FR


def test_the_chart_note_says_a_language_other_than_english() -> None:
    french = chart_note(entry(language="fr", created="2026-11-27T10:00:00+00:00"))
    assert french.endswith(f"Handout in French given (printed), content v{CONTENT_VERSION}.")
    english = chart_note(entry(created="2026-11-27T10:00:00+00:00"))
    assert english.endswith(f"Handout given (printed), content v{CONTENT_VERSION}.")


def test_an_earlier_record_file_reads_its_rows_as_english(tmp_path: Path) -> None:
    """The language column has been in the record since its first schema, always "en" until
    now: an earlier file needs no new column, and its rows reopen in English."""
    with RecordStore(tmp_path) as store:
        stored = store.add(dataclasses.replace(entry(), language="en"), FAKE_PDF)
    with sqlite3.connect(tmp_path / RECORD_FILE) as db:  # back to the first schema
        db.executescript("DROP TRIGGER patients_add; DROP TRIGGER patients_remove; "
                         "DROP TABLE patients; PRAGMA user_version = 1;")  # fmt: skip
    with RecordStore(tmp_path) as store:
        kept = store.get(stored.id)
    assert kept is not None
    assert handout_again(kept, CLINIC.with_changes(language=Language.ES)).language is Language.EN
