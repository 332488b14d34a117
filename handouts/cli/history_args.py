"""The options of `main.py history` (see handouts.cli.history), apart from the command itself:
every command's parser is built at each start, and this loads nothing of the record."""

from __future__ import annotations

import argparse
from pathlib import Path

from handouts.cli.common import iso_date
from handouts.legal import LEGAL_WARNING


def add_history_options(parser: argparse.ArgumentParser) -> None:
    find = parser.add_argument_group("which rows (newest first)")
    find.add_argument("--patient", metavar="TEXT", default="", help="part of the patient's name")
    find.add_argument(
        "--since", type=iso_date, metavar="DATE", help="given on or after, YYYY-MM-DD"
    )
    find.add_argument("--until", type=iso_date, metavar="DATE", help="given on or before")
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="CSV with every column (SHA-256 too)")
    form.add_argument("--json", action="store_true", help="JSON with every column")
    act = parser.add_mutually_exclusive_group()
    act.add_argument("--chart-note", type=int, metavar="ID", help="print the row's chart note")
    act.add_argument("--delete", type=int, metavar="ID", help="delete one row and its PDF copy")
    act.add_argument(
        "--delete-patient", metavar="NAME", help="delete every row of this patient (whole name)"
    )
    act.add_argument(
        "--delete-before",
        type=iso_date,
        metavar="DATE",
        help=f"delete every row given before DATE. {LEGAL_WARNING}",
    )
    act.add_argument("--export", type=Path, metavar="FILE", help="write profile, presets and "
                     "record (with its PDFs) to one zip archive, owner-only")  # fmt: skip
    act.add_argument(
        "--import", dest="import_", type=Path, metavar="FILE", help="bring in such an archive"
    )
    parser.add_argument(
        "--with-name", action="store_true", help="put the patient's name in the chart note"
    )
    parser.add_argument("--yes", action="store_true", help="delete without asking first")
