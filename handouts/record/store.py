"""The record on disk: one SQLite file and a folder of the exact PDFs given, owner-only.

    <data folder>/record/record.sqlite3     the rows (0600)
    <data folder>/record/pdfs/<id>.pdf      the copy of each PDF given (0600)

Folders are made 0700. A damaged database is set aside (renamed, never deleted) and a new one
is started; `RecordStore.notice` then says so in plain words. Failures are RecordError with a
plain message; nothing here logs a patient's name or note.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from handouts.files import WriteFailed, plain_reason, write_atomic
from handouts.profile import data_dir
from handouts.record.entry import Entry, sha256_of
from handouts.record.query import Query, entry_from_row, row_values, where_clause
from handouts.record.schema import RecordTooNew, migrate

logger = logging.getLogger(__name__)

RECORD_FILE = "record.sqlite3"
PDF_FOLDER = "pdfs"
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# How long to wait for another copy of the app that is writing the record.
LOCK_TIMEOUT_S = 3.0
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


class RecordError(Exception):
    """The record could not be read or written; the message says why in plain words."""


def record_dir() -> Path:
    return data_dir() / "record"


def is_damage(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in _DAMAGED


def plain_sqlite(error: sqlite3.Error, path: Path) -> str:
    """Why the record failed, in plain words (SQLite's messages hold no patient data)."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return (
            f"the record {path} is in use by another copy of Heat or Ice (it is locked). "
            "Close the other copy; later handouts will be recorded again"
        )
    if "readonly" in text or "unable to open" in text:
        return f"you do not have permission to write the record in {path.parent}"
    if "full" in text:
        return f"the disk holding {path.parent} is full. Free some space"
    return f"the record {path} could not be written ({text})"


def _private_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o777 != FOLDER_MODE:
            os.chmod(folder, FOLDER_MODE)
    except OSError as error:
        raise RecordError(plain_reason(error, folder / "x")) from None


class RecordStore:
    """The record of handouts given, in `folder` (default: the app's data folder)."""

    def __init__(self, folder: Path | None = None, *, timeout: float = LOCK_TIMEOUT_S) -> None:
        """Open (or start) the record and migrate it; RecordError if that cannot be done."""
        self.folder = Path(folder) if folder is not None else record_dir()
        self.path = self.folder / RECORD_FILE
        self.pdf_folder = self.folder / PDF_FOLDER
        self.notice = ""
        self._timeout = timeout
        _private_folder(self.folder)
        _private_folder(self.pdf_folder)
        try:
            self._db = self._connect()
        except sqlite3.Error as error:
            if not is_damage(error):
                raise RecordError(plain_sqlite(error, self.path)) from None
            self._db = self._start_again()

    def _connect(self) -> sqlite3.Connection:
        if not self.path.exists():
            with contextlib.suppress(FileExistsError):
                os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
        if self.path.stat().st_mode & 0o777 != FILE_MODE:
            os.chmod(self.path, FILE_MODE)
        db = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
        try:
            db.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not left
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            migrate(db)
        except RecordTooNew as error:
            db.close()
            raise RecordError(str(error)) from None
        except BaseException:
            db.close()
            raise
        return db

    def _start_again(self) -> sqlite3.Connection:
        """Set the damaged file aside under a dated name and start a new record."""
        stamp = datetime.datetime.now().strftime("%Y-%m-%d %H%M%S")
        aside = self.path.with_name(f"record damaged {stamp}.sqlite3")
        try:
            self.path.rename(aside)
            db = self._connect()
        except (OSError, sqlite3.Error) as error:
            raise RecordError(
                f"The record {self.path} is damaged and could not be set aside ({error})."
            ) from None
        logger.warning("damaged record set aside; a new one was started")
        self.notice = (
            f"The record of handouts was damaged. It was set aside, not deleted, as {aside}, "
            "and a new record was started. The PDF copies are kept."
        )
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> RecordStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise RecordError(plain_sqlite(error, self.path)) from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            raise

    def add(self, entry: Entry, pdf: bytes) -> Entry:
        """Store one row and its PDF copy; the stored entry (with its id)."""
        return self.add_all([(entry, pdf)])[0]

    def add_all(self, items: Sequence[tuple[Entry, bytes]]) -> list[Entry]:
        """Store rows and their PDF copies in one transaction: all or none."""
        written: list[Path] = []
        stored: list[Entry] = []
        try:
            with self._transaction() as db:
                for entry, pdf in items:
                    values = row_values(entry)
                    cursor = db.execute(
                        f"INSERT INTO handouts ({', '.join(values)}) "
                        f"VALUES ({', '.join('?' * len(values))})",
                        tuple(values.values()),
                    )
                    row_id = int(cursor.lastrowid or 0)
                    name = f"{PDF_FOLDER}/{row_id}.pdf"
                    db.execute("UPDATE handouts SET pdf_file = ? WHERE id = ?", (name, row_id))
                    copy = self.folder / name
                    write_atomic(copy, pdf, mode=FILE_MODE)
                    written.append(copy)
                    stored.append(_with_id(entry, row_id, name))
        except (sqlite3.Error, WriteFailed, RecordError) as error:
            for copy in written:
                with contextlib.suppress(OSError):
                    copy.unlink()
            if isinstance(error, sqlite3.Error):
                raise RecordError(plain_sqlite(error, self.path)) from None
            raise RecordError(str(error)) from None
        return stored

    def find(self, query: Query) -> list[Entry]:
        """The rows that match, sorted by when they were given, one page at a time."""
        where, params = where_clause(query)
        order = "DESC" if query.newest_first else "ASC"
        page = f" LIMIT {int(query.limit)} OFFSET {int(query.offset)}" if query.limit else ""
        # With a name to match, "+created" makes SQLite find that name's rows by the patient
        # index and sort them, rather than walk every row in date order looking for them; the
        # page's ids come from the index alone, and only their rows are read.
        by = "+created" if query.patient.strip() else "created"
        ids = f"SELECT id FROM handouts {where} ORDER BY {by} {order}, id {order}{page}"
        return self._select(f"WHERE id IN ({ids}) ORDER BY created {order}, id {order}", params)

    def count(self, query: Query) -> int:
        where, params = where_clause(query)
        return int(self._read(f"SELECT count(*) FROM handouts {where}", params)[0][0])

    def get(self, row_id: int) -> Entry | None:
        rows = self._select("WHERE id = ?", (row_id,))
        return rows[0] if rows else None

    def _select(self, tail: str, params: Sequence[object]) -> list[Entry]:
        return [entry_from_row(row) for row in self._read(f"SELECT * FROM handouts {tail}", params)]

    def _read(self, sql: str, params: Sequence[object]) -> list[sqlite3.Row]:
        try:
            cursor = self._db.execute(sql, tuple(params))
            cursor.row_factory = sqlite3.Row
            return list(cursor.fetchall())
        except sqlite3.Error as error:
            raise RecordError(plain_sqlite(error, self.path)) from None

    def ids(self, query: Query) -> list[int]:
        where, params = where_clause(query)
        return [int(row[0]) for row in self._read(f"SELECT id FROM handouts {where}", params)]

    def delete(self, ids: Sequence[int]) -> int:
        """Remove rows and their PDF copies for good; how many rows were removed."""
        if not ids:
            return 0
        files: list[str] = []
        with self._transaction() as db:
            for start in range(0, len(ids), 500):
                chunk = tuple(ids[start : start + 500])
                marks = ", ".join("?" * len(chunk))
                files += [
                    row[0]
                    for row in db.execute(
                        f"SELECT pdf_file FROM handouts WHERE id IN ({marks})", chunk
                    )
                ]
                db.execute(f"DELETE FROM handouts WHERE id IN ({marks})", chunk)
        for name in files:
            with contextlib.suppress(FileNotFoundError):
                (self.folder / name).unlink()
        return len(files)

    def pdf_copy(self, entry: Entry) -> Path:
        return self.folder / entry.pdf_file

    def copy_matches(self, entry: Entry) -> bool | None:
        """Whether the kept PDF still has the SHA-256 recorded; None when it is missing."""
        try:
            data = self.pdf_copy(entry).read_bytes()
        except OSError as error:
            if error.errno in (errno.ENOENT, errno.EISDIR):
                return None
            raise RecordError(plain_reason(error, self.pdf_copy(entry))) from None
        return sha256_of(data) == entry.sha256

    def size(self) -> int:
        return self.count(Query())


def _with_id(entry: Entry, row_id: int, pdf_file: str) -> Entry:
    return replace(entry, id=row_id, pdf_file=pdf_file)
