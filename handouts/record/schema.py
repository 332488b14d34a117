"""The record's tables, versioned with PRAGMA user_version and migrated on start-up.

MIGRATIONS[n] takes a database at version n to version n + 1. Never edit a migration that
has shipped: add the next one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE handouts (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            handout_date TEXT NOT NULL,
            patient TEXT NOT NULL,
            patient_key TEXT NOT NULL,
            region TEXT NOT NULL,
            side TEXT NOT NULL,
            presentation TEXT NOT NULL,
            recommendation TEXT NOT NULL,
            policy TEXT NOT NULL,
            choice TEXT NOT NULL,
            reasons TEXT NOT NULL,
            cautions TEXT NOT NULL,
            note TEXT NOT NULL,
            clinician TEXT NOT NULL,
            language TEXT NOT NULL,
            paper TEXT NOT NULL,
            large_print INTEGER NOT NULL,
            content_version TEXT NOT NULL,
            delivery TEXT NOT NULL,
            sent_to TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pdf_file TEXT NOT NULL
        )""",
        "CREATE INDEX handouts_created ON handouts (created)",
        "CREATE INDEX handouts_patient ON handouts (patient_key, created)",
    ),
    # 2: the distinct names, so a search by part of a name reads a few thousand names rather
    # than every row; kept by triggers, and a name leaves it with its last row.
    (
        "CREATE TABLE patients (key TEXT PRIMARY KEY) WITHOUT ROWID",
        "INSERT OR IGNORE INTO patients (key) SELECT DISTINCT patient_key FROM handouts",
        """CREATE TRIGGER patients_add AFTER INSERT ON handouts BEGIN
            INSERT OR IGNORE INTO patients (key) VALUES (new.patient_key);
        END""",
        """CREATE TRIGGER patients_remove AFTER DELETE ON handouts BEGIN
            DELETE FROM patients WHERE key = old.patient_key
                AND NOT EXISTS (SELECT 1 FROM handouts WHERE patient_key = old.patient_key);
        END""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


class RecordTooNew(Exception):
    """The record was written by a newer version of the app."""


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one migration per transaction; returns the
    version it had. `connection` must be in autocommit mode (isolation_level=None)."""
    found = schema_version(connection)
    if found > SCHEMA_VERSION:
        raise RecordTooNew(
            f"The record was made by a newer version of Heat or Ice (schema {found}; this one "
            f"knows {SCHEMA_VERSION}). Update the app to use it."
        )
    for version in range(found, SCHEMA_VERSION):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    return found
