"""`main.py render` records what it writes; `main.py history` lists, notes, deletes, moves."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from handouts.identity import APP_ID
from handouts.logs import log_file
from handouts.profile import config_dir, data_dir
from handouts.record import RecordStore, record_dir
from tests.handouts.cli.helpers import run_main
from tests.handouts.record.helpers import FAKE_PDF, entry

XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
BACK = ["--region", "low-back", "--sign", "spasm", "--preference", "heat"]
NOT_RECORDED = "but it was not added to the record of handouts"


def render(tmp_path: Path, name: str, *extra: str) -> Path:
    target = tmp_path / f"{name}.pdf"
    result = run_main("render", *BACK, "--patient", name, "-o", str(target), *extra)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    return target


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Records made by real renders, once for the module (the tests that only read or delete
    rows start from a copy): "Jane Doe" alone, then "Jane Doe" and "John Smith"."""
    home = tmp_path_factory.mktemp("rendered")
    env = {**os.environ, **{name: str(home / name.lower()) for name in XDG}}
    record = home / "xdg_data_home" / APP_ID / "record"
    snapshots = {}
    for key, name in (("jane", "Jane Doe"), ("jane and john", "John Smith")):
        target = home / f"{name}.pdf"
        result = run_main("render", *BACK, "--patient", name, "-o", str(target), env=env)
        assert result.returncode == 0, result.stderr
        assert target.exists()
        snapshots[key] = shutil.copytree(record, home / key)
    return snapshots


def records(snapshot: Path) -> None:
    """This test's record: a copy of one made by `rendered`."""
    shutil.copytree(snapshot, record_dir())


def history(*args: str) -> str:
    result = run_main("history", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_render_then_history_csv_has_the_files_sha256(tmp_path: Path) -> None:
    written = render(tmp_path, "Jane Doe", "--note", "Warm shower first.")
    rows = list(csv.DictReader(io.StringIO(history("--csv"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["sha256"] == hashlib.sha256(written.read_bytes()).hexdigest()
    assert row["patient"] == "Jane Doe" and row["note"] == "Warm shower first."
    assert row["delivery"] == "cli" and row["path"] == str(written.resolve())
    assert row["region"] == "low-back" and row["recommendation"] == "heat"
    assert json.loads(row["presentation"])["signs"] == ["spasm"]
    for column in ("id", "created", "side", "policy", "choice", "reasons", "cautions",
                   "clinician", "language", "paper", "large_print", "content_version",
                   "sent_to", "pdf_copy"):  # fmt: skip
        assert column in row
    copy = Path(row["pdf_copy"])
    assert copy.read_bytes() == written.read_bytes()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE((record_dir() / "record.sqlite3").stat().st_mode) == 0o600


def test_csv_cells_are_never_run_as_spreadsheet_formulas(tmp_path: Path) -> None:
    render(tmp_path, "=1+2 Doe", "--note", "@SUM(1+1)")
    row = next(csv.DictReader(io.StringIO(history("--csv"))))
    assert row["patient"] == "'=1+2 Doe"
    assert row["note"] == "'@SUM(1+1)"
    assert row["region"] == "low-back"


def test_no_record_and_the_setting_turn_recording_off(tmp_path: Path) -> None:
    render(tmp_path, "Jane Doe", "--no-record")
    profile = tmp_path / "profile.toml"
    profile.write_text("[record]\nkeep_record = false\n", "utf-8")
    render(tmp_path, "John Smith", "--profile", str(profile))
    assert history() == "No handouts in the record match.\n"


def test_history_lists_newest_first_and_filters(rendered: dict[str, Path]) -> None:
    records(rendered["jane and john"])
    lines = history().splitlines()
    assert "John Smith" in lines[0] and "Jane Doe" in lines[1]
    assert [row["patient"] for row in json.loads(history("--json", "--patient", "jane"))] == [
        "Jane Doe"
    ]
    assert history("--since", "2999-01-01") == "No handouts in the record match.\n"


def test_chart_note_without_and_with_the_name(rendered: dict[str, Path]) -> None:
    records(rendered["jane"])
    note = history("--chart-note", "1")
    assert "advised heat for low back (flare-up, spasm); patient prefers heat; no cautions." in note
    assert "Handout given (written by the command line), content v" in note
    assert "Jane" not in note
    assert "Jane Doe" in history("--chart-note", "1", "--with-name")


def test_delete_asks_refuses_without_a_terminal_and_deletes_with_yes(
    rendered: dict[str, Path],
) -> None:
    records(rendered["jane and john"])
    copy = record_dir() / "pdfs" / "1.pdf"
    refused = run_main("history", "--delete", "1")
    assert refused.returncode == 2
    assert "no terminal to confirm on" in refused.stderr and "--yes" in refused.stderr
    assert copy.exists()
    assert "Deleted 1 row" in history("--delete", "1", "--yes")
    assert not copy.exists()
    assert "Jane Doe" not in history()
    assert "Deleted 1 row" in history("--delete-patient", "john smith", "--yes")
    assert history() == "No handouts in the record match.\n"


def test_delete_before_a_date(rendered: dict[str, Path]) -> None:
    records(rendered["jane"])
    assert "Nothing to delete" in history("--delete-before", "2000-01-01", "--yes")
    assert "Deleted 1 row" in history("--delete-before", "2999-01-01", "--yes")


def test_a_damaged_record_is_set_aside_and_the_handout_written(tmp_path: Path) -> None:
    record_dir().mkdir(parents=True)
    (record_dir() / "record.sqlite3").write_bytes(b"not a database at all" * 50)
    result = run_main("render", *BACK, "-o", str(tmp_path / "a.pdf"))
    assert result.returncode == 0 and (tmp_path / "a.pdf").exists()
    assert "was damaged" in result.stderr and "set aside, not deleted" in result.stderr
    assert "Traceback" not in result.stderr
    assert [p for p in record_dir().iterdir() if p.name.startswith("record damaged")]
    assert len(history().splitlines()) == 1


def test_a_locked_record_leaves_the_handout_written_and_says_so(
    tmp_path: Path, rendered: dict[str, Path]
) -> None:
    records(rendered["jane"])
    holder = sqlite3.connect(record_dir() / "record.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_main("render", *BACK, "-o", str(tmp_path / "b.pdf"))
    finally:
        holder.close()
    assert result.returncode == 0 and (tmp_path / "b.pdf").exists()
    assert NOT_RECORDED in result.stderr and "locked" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_a_read_only_record_folder_leaves_the_handout_written(tmp_path: Path) -> None:
    data_dir().mkdir(parents=True)
    data_dir().chmod(0o500)
    try:
        result = run_main("render", *BACK, "-o", str(tmp_path / "a.pdf"))
    finally:
        data_dir().chmod(0o700)
    assert result.returncode == 0 and (tmp_path / "a.pdf").exists()
    assert NOT_RECORDED in result.stderr and "permission" in result.stderr


def test_an_unwritable_record_place_leaves_the_handout_written(tmp_path: Path) -> None:
    """Root-proof stand-in for a read-only folder: a file where the record folder goes."""
    data_dir().mkdir(parents=True)
    record_dir().write_text("in the way")
    result = run_main("render", *BACK, "-o", str(tmp_path / "a.pdf"))
    assert result.returncode == 0 and (tmp_path / "a.pdf").exists()
    assert NOT_RECORDED in result.stderr and "Traceback" not in result.stderr


def test_batch_records_every_handout_written(tmp_path: Path) -> None:
    sheet = tmp_path / "patients.csv"
    sheet.write_text("output,region,patient\none.pdf,knee,Ann One\ntwo.pdf,neck,Bob Two\n", "utf-8")
    result = run_main("render", "--batch", str(sheet))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(history("--csv"))))
    assert sorted(row["patient"] for row in rows) == ["Ann One", "Bob Two"]
    for row in rows:
        assert row["sha256"] == hashlib.sha256(Path(row["path"]).read_bytes()).hexdigest()


def test_export_then_import_on_a_new_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile_dir = Path(os.environ["XDG_CONFIG_HOME"]) / "heat-or-ice"
    profile_dir.mkdir(parents=True)
    (profile_dir / "profile.toml").write_text('[clinic]\nname = "Riverside"\n', "utf-8")
    written = render(tmp_path, "Jane Doe")
    archive = tmp_path / "backup.zip"
    assert "the profile, the presets and 1 row." in history("--export", str(archive))
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
    assert "config/profile.toml" in names and "data/record/pdfs/1.pdf" in names

    new_home = tmp_path / "new computer"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(new_home / name.lower()))
    assert "Imported 1 row (0 already here)" in history("--import", str(archive))
    assert "Riverside" in (new_home / "xdg_config_home/heat-or-ice/profile.toml").read_text()
    rows = list(csv.DictReader(io.StringIO(history("--csv"))))
    assert rows[0]["patient"] == "Jane Doe"
    assert Path(rows[0]["pdf_copy"]).read_bytes() == written.read_bytes()
    assert "Imported 0 rows (1 already here)" in history("--import", str(archive))
    with RecordStore() as store:
        assert store.size() == 1


def test_importing_something_else_is_refused_plainly(tmp_path: Path) -> None:
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    result = run_main("history", "--import", str(other))
    assert result.returncode == 4 and "not a Heat or Ice archive" in result.stderr


def test_no_patient_data_goes_to_the_log_on_record_trouble(tmp_path: Path) -> None:
    record_dir().mkdir(parents=True)
    (record_dir() / "record.sqlite3").write_bytes(b"damaged" * 100)
    render(tmp_path, "Zebedee Quartermaine", "--note", "Private note text")
    history("--patient", "zebedee", "--csv")
    history("--delete-patient", "Zebedee Quartermaine", "--yes")
    logged = log_file().read_text("utf-8")
    assert "damaged record set aside" in logged
    assert "Zebedee" not in logged and "Private note" not in logged


def test_history_applies_the_keeping_period_and_warns(tmp_path: Path) -> None:
    with RecordStore() as store:
        store.add(entry("Old Visit", "2020-01-01T09:00:00+00:00"), FAKE_PDF)
        store.add(entry("New Visit", "2999-01-01T09:00:00+00:00"), FAKE_PDF)
    config_dir().mkdir(parents=True)
    (config_dir() / "profile.toml").write_text("[record]\nkeep_months = 24\n", "utf-8")
    result = run_main("history")
    assert result.returncode == 0, result.stderr
    assert "1 record older than 24 months was deleted" in result.stderr
    assert "legal minimum keeping period" in result.stderr
    assert "New Visit" in result.stdout and "Old Visit" not in result.stdout
