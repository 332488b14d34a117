"""What `render` (one handout or a batch) adds to the record, and `--no-record`.

A record that cannot be written never fails the command: the handout is already written, so
the command says so in one warning line on stderr and still succeeds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from handouts.render import Handout

NO_RECORD_HELP = "do not add this handout to the record of handouts given (see `history`)"


def add_record_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-record", action="store_true", help=NO_RECORD_HELP)


def recording_wanted(args: argparse.Namespace, handout: Handout) -> bool:
    return not getattr(args, "no_record", False) and handout.profile.record_handouts


def record_written(
    args: argparse.Namespace,
    given: Sequence[tuple[Handout, Path]],
    *,
    sent_to: str = "",
) -> None:
    """Add each handout written (and the PDF at its path) to the record, unless turned off:
    as written by the command line, or as emailed when `sent_to` is given."""
    given = [(handout, path) for handout, path in given if recording_wanted(args, handout)]
    if not given:
        return
    # The record (sqlite3) loads only once a handout is recorded: `decide` starts without it.
    from handouts.record import Delivery, entry_for, record_given

    # Loaded with the renderer already: only the version number is wanted here.
    from handouts.render import CONTENT_VERSION

    delivery = Delivery.EMAILED if sent_to else Delivery.CLI

    items = []
    for handout, path in given:
        try:
            pdf = path.read_bytes()
        except OSError as error:
            sys.stderr.write(f"main.py render: warning: {path} not recorded ({error.strerror})\n")
            continue
        written = "" if delivery is Delivery.EMAILED else str(path.resolve())
        items.append(
            (
                entry_for(
                    handout,
                    pdf,
                    delivery,
                    sent_to=sent_to,
                    path=written,
                    content_version=CONTENT_VERSION,
                ),
                pdf,
            )
        )
    if not items:
        return
    for message in record_given(items).messages(delivery):
        sys.stderr.write(f"main.py render: warning: {message}\n")
