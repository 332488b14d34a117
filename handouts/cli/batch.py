"""`main.py render --batch FILE.csv`: many handouts from a spreadsheet, on every core.

Each row is turned into the very options a person would type for `render`, so a row is
checked exactly like the command line. Every row is checked before anything is rendered:
a bad row stops the batch with its row number and nothing is written. Relative output
paths are taken from the CSV file's folder.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from handouts.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_WRITE_FAILED,
    PROG,
    CliError,
    Parser,
)
from handouts.cli.handout_args import add_render_options, handout_from_args
from handouts.cli.record_hook import record_written
from handouts.logs import configure

if TYPE_CHECKING:
    from handouts.profile import ClinicProfile
    from handouts.render import Handout, Renderer

# Columns holding several words, separated by ';' (or ','/spaces), and their option.
MULTI_COLUMNS = {
    "signs": "--sign",
    "sign": "--sign",
    "history": "--history",
    "cautions": "--caution",
    "caution": "--caution",
}
SINGLE_COLUMNS = (
    "region",
    "side",
    "onset",
    "days",
    "preference",
    "choice",
    "patient",
    "note",
    "clinician",
    "date",
    "paper",
    "language",
)
FLAG_COLUMN = "large_print"
OUTPUT_COLUMN = "output"
TRUE_WORDS = {"yes", "y", "true", "1", "x"}
FALSE_WORDS = {"", "no", "n", "false", "0"}


def _column_key(column: str) -> str:
    """A header cell as the name the code uses: ' Large-Print ' -> 'large_print'."""
    return column.strip().lower().replace("-", "_")


def _row_options(row: dict[str, str], line: int) -> list[str]:
    """The `render` options one CSV row stands for (its keys are already column keys)."""
    options: list[str] = []
    for name, raw in row.items():
        if name is None:
            raise CliError(f"row {line}: has more cells than the header has columns", EXIT_INVALID)
        value = (raw or "").strip()
        if name == OUTPUT_COLUMN:
            continue
        if name in MULTI_COLUMNS:
            for word in value.replace(",", ";").replace(" ", ";").split(";"):
                if word:
                    options += [MULTI_COLUMNS[name], word]
        elif name in SINGLE_COLUMNS:
            if value:
                options += [f"--{name}", value]
        elif value.lower() in TRUE_WORDS:
            options.append("--large-print")
        elif value.lower() not in FALSE_WORDS:
            raise CliError(f"row {line}: large_print is {value!r}; write yes or no", EXIT_INVALID)
    return options


def _check_columns(path: Path, columns: list[str]) -> None:
    known = (OUTPUT_COLUMN, *SINGLE_COLUMNS, *MULTI_COLUMNS, FLAG_COLUMN)
    for column in columns:
        if _column_key(column) not in known:
            raise CliError(
                f"the batch file {path} has an unknown column {column!r}; "
                f"the columns are: {', '.join(known)}",
                EXIT_INVALID,
            )
    if OUTPUT_COLUMN not in map(_column_key, columns):
        raise CliError(
            f"the batch file {path} has no 'output' column to name each PDF", EXIT_INVALID
        )


class _RowParser(Parser):
    """Parser errors become CliErrors, so the row number can be added."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(message, EXIT_INVALID)


def read_batch(path: Path, defaults: argparse.Namespace) -> list[tuple[Handout, Path]]:
    """Every row as a handout and the path to write it to; raises CliError at the first bad row."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as stream:
            reader = csv.DictReader(stream)
            columns = list(reader.fieldnames or [])
            reader.fieldnames = [_column_key(column) for column in columns]
            rows = list(reader)
    except FileNotFoundError:
        raise CliError(f"the batch file {path} does not exist", EXIT_INVALID) from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise CliError(f"the batch file {path} cannot be read ({error})", EXIT_INVALID) from None
    _check_columns(path, columns)
    if not rows:
        raise CliError(f"the batch file {path} has no rows under its header", EXIT_INVALID)
    profile: ClinicProfile | None = None  # rows have no profile column: loaded once, row 1
    parser = _RowParser(prog="row", add_help=False)
    add_render_options(parser)
    jobs: list[tuple[Handout, Path]] = []
    seen: dict[Path, int] = {}
    for line, row in enumerate(rows, start=2):
        output_text = (row.get(OUTPUT_COLUMN) or "").strip()
        if not output_text:
            raise CliError(f"row {line}: the output column is empty; name the PDF", EXIT_INVALID)
        output = path.parent / output_text
        if output in seen:
            raise CliError(
                f"row {line}: writes {output_text!r} like row {seen[output]}; "
                "give every row its own output name",
                EXIT_INVALID,
            )
        seen[output] = line
        try:
            args = parser.parse_args(_row_options(row, line))
            for name in ("profile", "paper", "large_print", "date", "clinician", "language"):
                if getattr(args, name) in (None, "") and getattr(defaults, name, None):
                    setattr(args, name, getattr(defaults, name))
            handout = handout_from_args(args, profile)
            profile = handout.profile
            jobs.append((handout, output))
        except CliError as error:
            message = str(error)
            prefix = "" if message.startswith("row ") else f"row {line}: "
            raise CliError(prefix + message, error.code) from None
    return jobs


_worker_renderer: Renderer | None = None


def _start_worker() -> None:
    global _worker_renderer
    # Each worker loads the renderer itself; the parent never needs it.
    from handouts.render import Renderer

    configure(rotate=False)

    # Loaded while the parent still reads and checks the CSV. No warm-up render: the first
    # row warms it up, and a throw-away render would only add to the batch's time.
    _worker_renderer = Renderer()


def _render_one(job: tuple[Handout, Path]) -> tuple[str, str]:
    """Render and write one handout in a worker; returns (error, warning), each '' or a plain
    message: the error when nothing was written, the warning for characters no font has."""
    # Loaded by _start_worker already; named here for the except clause.
    from handouts.render import RenderError

    handout, output = job
    assert _worker_renderer is not None
    unprintable = _worker_renderer.unprintable(handout)
    try:
        _worker_renderer.save(handout, output)
    except RenderError as error:
        return str(error), ""
    return "", unprintable.message() if unprintable else ""


def run_batch(args: argparse.Namespace) -> int:
    """Render every row, one worker process per core; print each path written."""
    affinity = getattr(os, "sched_getaffinity", None)
    workers = max(1, len(affinity(0)) if affinity is not None else os.cpu_count() or 1)
    context = multiprocessing.get_context("spawn")
    # The pool starts before the CSV is read, so the workers load WeasyPrint meanwhile; a bad
    # row then stops them (leaving the pool terminates it).
    with context.Pool(workers, initializer=_start_worker) as pool:
        jobs = read_batch(Path(args.batch), args)
        # One row at a time: a handout takes a few hundred ms, handing one out well under
        # one, and no worker then sits idle at the end while another finishes a long chunk.
        results = pool.map(_render_one, jobs, chunksize=1)
    failures = 0
    record_written(
        args, [job for job, (problem, _) in zip(jobs, results, strict=True) if not problem]
    )
    for (_, output), (problem, warning) in zip(jobs, results, strict=True):
        if warning:
            sys.stderr.write(f"{PROG} render: warning: {output}: {warning}\n")
        if problem:
            failures += 1
            sys.stderr.write(f"{PROG} render: error: {output}: {problem}\n")
        else:
            sys.stdout.write(f"{output}\n")
    if failures:
        sys.stderr.write(f"{PROG} render: {failures} of {len(jobs)} handouts were not written\n")
        return EXIT_WRITE_FAILED
    return EXIT_OK
