"""`main.py history`: the record of handouts given, on this computer only.

Lists the rows newest first (--patient, --since, --until; --csv with every column, --json),
prints a chart note (--chart-note ID), deletes rows and their PDF copies for good after a
confirmation (--delete ID, --delete-patient NAME, --delete-before DATE; --yes skips it), and
moves the profile, presets and record as one archive (--export FILE, --import FILE).
"""

from __future__ import annotations

import argparse
import datetime
import sys

from handouts.cli.common import EXIT_INVALID, EXIT_OK, EXIT_WRITE_FAILED, CliError
from handouts.cli.history_output import write_csv, write_json, write_table
from handouts.profile import ProfileError, config_dir, data_dir, load_profile
from handouts.record import (
    Query,
    RecordError,
    RecordStore,
    apply_retention,
    chart_note,
    export_archive,
    import_archive,
    retention_message,
)

PROG = "main.py history"


def _open() -> RecordStore:
    try:
        store = RecordStore()
    except RecordError as error:
        raise CliError(str(error), EXIT_WRITE_FAILED) from None
    if store.notice:
        sys.stderr.write(f"{PROG}: warning: {store.notice}\n")
    try:
        months = load_profile().record_keep_months
    except ProfileError:
        months = 0  # a broken profile deletes nothing
    said = retention_message(apply_retention(store, months), months)
    if said:
        sys.stderr.write(f"{PROG}: {said}\n")
    return store


def _confirm(args: argparse.Namespace, what: str) -> None:
    """Ask before deleting for good; refuse plainly when there is no terminal to ask on."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise CliError(
            f"not deleted: {what} would be deleted for good, and there is no terminal to "
            "confirm on. Add --yes to delete without asking",
            EXIT_INVALID,
        )
    sys.stderr.write(f"Delete {what} for good? This cannot be undone. [y/N] ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise CliError("not deleted", EXIT_INVALID)


def _delete(args: argparse.Namespace, store: RecordStore) -> int:
    if args.delete is not None:
        ids = [args.delete] if store.get(args.delete) else []
        if not ids:
            raise CliError(f"there is no row {args.delete} in the record", EXIT_INVALID)
    elif args.delete_patient is not None:
        ids = store.ids(Query(patient=args.delete_patient, exact_patient=True))
    else:
        ids = store.ids(Query(until=args.delete_before - datetime.timedelta(days=1)))
    if not ids:
        sys.stdout.write("Nothing to delete: no row matches.\n")
        return EXIT_OK
    many = len(ids) != 1
    rows = f"{len(ids)} row{'s' if many else ''}"
    _confirm(args, f"{rows} and {'their PDF copies' if many else 'its PDF copy'}")
    deleted = store.delete(ids)
    sys.stdout.write(f"Deleted {deleted} row{'s' if deleted != 1 else ''} and the PDF copies.\n")
    return EXIT_OK


def _rows(count: int) -> str:
    return f"{count} row{'s' if count != 1 else ''}"


def run_history(args: argparse.Namespace) -> int:
    try:
        if args.export is not None:
            rows = export_archive(args.export, config_dir(), data_dir())
            sys.stdout.write(f"{args.export}: the profile, the presets and {_rows(rows)}.\n")
            return EXIT_OK
        if args.import_ is not None:
            done = import_archive(args.import_, config_dir(), data_dir())
            sys.stdout.write(
                f"Imported {_rows(done.rows_added)} ({done.rows_skipped} already here) and "
                f"{done.files} files.\n"
            )
            for path in done.set_aside:
                sys.stdout.write(f"Kept the earlier file as {path}\n")
            return EXIT_OK
        with _open() as store:
            if args.chart_note is not None:
                entry = store.get(args.chart_note)
                if entry is None:
                    raise CliError(f"there is no row {args.chart_note} in the record", EXIT_INVALID)
                sys.stdout.write(chart_note(entry, with_name=args.with_name) + "\n")
                return EXIT_OK
            if args.delete is not None or args.delete_patient or args.delete_before:
                return _delete(args, store)
            query = Query(patient=args.patient, since=args.since, until=args.until)
            entries = store.find(query)
            if args.csv:
                write_csv(entries, store)
            elif args.json:
                write_json(entries, store)
            else:
                write_table(entries)
            return EXIT_OK
    except RecordError as error:
        raise CliError(str(error), EXIT_WRITE_FAILED) from None
