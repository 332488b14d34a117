"""Moving and backing up: the profile, the presets and the record with its PDFs as one zip.

    manifest.json     what this is, the record's schema, the data folder it came from
    config/...        every file of the config folder (profile.toml, presets, window layout)
    data/...          every file of the data folder (the logo copy, record/record.sqlite3,
                      record/pdfs/<id>.pdf)

The archive is written owner-only (0600), through a temporary file, so a failure leaves no
half-written archive. Importing never destroys a file: one that differs is set aside as
"<name>.before-import"; the record's rows are added to this computer's record (rows already
there are skipped).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from handouts.files import plain_reason, write_atomic
from handouts.profile import ProfileError, load_profile, save_profile
from handouts.record.entry import Entry
from handouts.record.query import Query
from handouts.record.schema import SCHEMA_VERSION
from handouts.record.store import FILE_MODE, RECORD_FILE, RecordError, RecordStore

FORMAT = "heat-or-ice archive"
MANIFEST = "manifest.json"
RECORD_PART = PurePosixPath("record")
SKIPPED_SUFFIXES = ("-journal", "-wal", "-shm", ".part")
BATCH_ROWS = 500


@dataclass(frozen=True)
class Imported:
    rows_added: int
    rows_skipped: int
    files: int
    set_aside: tuple[Path, ...]


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not path.name.endswith(SKIPPED_SUFFIXES)
    )


def export_archive(target: Path, config: Path, data: Path) -> int:
    """Write the archive to `target`; the number of record rows in it. RecordError if not."""
    target = Path(target)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except OSError as error:
        raise RecordError(plain_reason(error, target)) from None
    os.close(handle)  # mkstemp made it 0600
    rows = 0
    try:
        with (
            tempfile.TemporaryDirectory() as scratch,
            zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            database = data / str(RECORD_PART) / RECORD_FILE
            for path in _files(config):
                archive.write(path, f"config/{path.relative_to(config).as_posix()}")
            for path in _files(data):
                name = f"data/{path.relative_to(data).as_posix()}"
                if path == database:
                    copy = Path(scratch) / RECORD_FILE
                    rows = _snapshot(path, copy)
                    archive.write(copy, name)
                else:
                    kind = zipfile.ZIP_STORED if path.suffix == ".pdf" else zipfile.ZIP_DEFLATED
                    archive.write(path, name, compress_type=kind)
            manifest = {
                "format": FORMAT,
                "schema": SCHEMA_VERSION,
                "rows": rows,
                "data_folder": str(data),
                "made": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
        os.chmod(temp_name, FILE_MODE)
        os.replace(temp_name, target)
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(error, OSError):
            raise RecordError(plain_reason(error, target)) from None
        raise RecordError(f"The archive could not be made ({error}).") from None
    return rows


def _snapshot(database: Path, copy: Path) -> int:
    """A consistent copy of the record (SQLite's backup), and its number of rows."""
    source = sqlite3.connect(database)
    try:
        with contextlib.closing(sqlite3.connect(copy)) as target:
            source.backup(target)
        return int(source.execute("SELECT count(*) FROM handouts").fetchone()[0])
    finally:
        source.close()


def _member_path(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise RecordError(f"The archive holds an unsafe file name ({name!r}); it was not used.")
    return path


def import_archive(source: Path, config: Path, data: Path) -> Imported:
    """Bring an archive's profile, presets and record onto this computer."""
    try:
        with zipfile.ZipFile(source) as archive:
            manifest = _manifest(archive, source)
            set_aside: list[Path] = []
            files = 0
            with tempfile.TemporaryDirectory() as scratch:
                incoming = Path(scratch)
                for info in archive.infolist():
                    if info.is_dir() or info.filename == MANIFEST:
                        continue
                    path = _member_path(info.filename)
                    top, rest = path.parts[0], PurePosixPath(*path.parts[1:])
                    payload = archive.read(info)
                    if top == "data" and rest.parts[:1] == RECORD_PART.parts:
                        local = incoming / str(rest)
                        local.parent.mkdir(parents=True, exist_ok=True)
                        local.write_bytes(payload)
                        continue
                    if top not in ("config", "data"):
                        continue
                    folder = config if top == "config" else data
                    aside = _place(folder / str(rest), payload)
                    set_aside += [aside] if aside else []
                    files += 1
                added, skipped = _merge_record(incoming / str(RECORD_PART), data)
    except (OSError, zipfile.BadZipFile, KeyError) as error:
        raise RecordError(f"{source} could not be read as an archive ({error}).") from None
    _move_logo(config, str(manifest.get("data_folder", "")), data)
    return Imported(added, skipped, files, tuple(set_aside))


def _manifest(archive: zipfile.ZipFile, source: Path) -> dict[str, object]:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise RecordError(f"{source} is not a Heat or Ice archive (made by history --export).")
    return manifest


def _place(path: Path, payload: bytes) -> Path | None:
    """Write one file; an earlier, different one is set aside first. The name set aside."""
    aside = None
    if path.exists():
        if path.read_bytes() == payload:
            return None
        aside = path.with_name(path.name + ".before-import")
        os.replace(path, aside)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, payload, mode=FILE_MODE)
    return aside


def _merge_record(folder: Path, data: Path) -> tuple[int, int]:
    """Add the archive's rows (and PDFs) to this computer's record; (added, skipped)."""
    if not (folder / RECORD_FILE).exists():
        return 0, 0
    with RecordStore(folder) as incoming, RecordStore(data / str(RECORD_PART)) as local:
        have = {(entry.created, entry.sha256) for entry in local.find(Query())}
        added = skipped = 0
        batch: list[tuple[Entry, bytes]] = []
        for entry in incoming.find(Query(newest_first=False)):
            if (entry.created, entry.sha256) in have:
                skipped += 1
                continue
            batch.append((replace(entry, id=0, pdf_file=""), incoming.pdf_copy(entry).read_bytes()))
            if len(batch) >= BATCH_ROWS:
                added += len(local.add_all(batch))
                batch = []
        added += len(local.add_all(batch)) if batch else 0
    return added, skipped


def _move_logo(config: Path, old_data: str, data: Path) -> None:
    """The profile names its logo copy by full path: point it into this computer's folder."""
    profile_path = config / "profile.toml"
    try:
        profile = load_profile(profile_path)
    except ProfileError:
        return
    if old_data and profile.logo.startswith(old_data) and old_data != str(data):
        logo = str(data) + profile.logo[len(old_data) :]
        save_profile(profile.with_changes(logo=logo), profile_path)
