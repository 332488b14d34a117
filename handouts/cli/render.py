"""`main.py render`: decide, then write the patient's handout as a PDF and print its path.

Exit codes as for `decide` (0 ok, 2 invalid input, 3 choice refused), plus 4 when the PDF
cannot be written, 5 when emailing it (--email-to) fails. Errors are one plain line; patient
names and notes are never logged. `render --batch FILE.csv` is handed to handouts.cli.batch.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from handouts.cli.batch import run_batch
from handouts.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_WRITE_FAILED,
    PROG,
    CliError,
    was_given,
)
from handouts.cli.email import check_email_options, email_handout
from handouts.cli.handout_args import handout_from_args
from handouts.cli.record_hook import record_written

# With --batch these come from each CSV row: field -> its option.
BATCH_EXCLUDES = {
    "region": "--region",
    "output": "--output",
    "patient": "--patient",
    "note": "--note",
    "signs": "--sign",
    "history": "--history",
    "cautions": "--caution",
    "onset": "--onset",
    "days": "--days",
    "preference": "--preference",
    "choice": "--choice",
}


logger = logging.getLogger(__name__)


def run_render(args: argparse.Namespace) -> int:
    # The renderer is loaded only when rendering: `decide` starts without it.
    from handouts.render import Renderer, RenderError, SaveFailed, default_file_name

    if args.batch is not None:
        given = [name for name in BATCH_EXCLUDES if was_given(args, name)]
        if given:
            raise CliError(
                f"argument --batch: the CSV gives each row's {given[0]}; "
                f"leave out {BATCH_EXCLUDES[given[0]]}",
                EXIT_INVALID,
            )
        if args.email_to:
            raise CliError(
                "argument --email-to: not with --batch; email handouts one at a time",
                EXIT_INVALID,
            )
        return run_batch(args)
    handout = handout_from_args(args)
    check_email_options(args, handout.profile)
    output = args.output if args.output is not None else Path(default_file_name(handout))
    renderer = Renderer()
    unprintable = renderer.unprintable(handout)
    if unprintable:
        sys.stderr.write(f"{PROG} render: warning: {unprintable.message()}\n")
    try:
        written = renderer.save(handout, output)
    except SaveFailed as error:
        logger.warning("the handout could not be written: %s", error)  # its path is scrubbed
        raise CliError(str(error), EXIT_WRITE_FAILED) from None
    except RenderError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    sys.stdout.write(f"{written}\n")
    record_written(args, [(handout, written)])
    if args.email_to:
        sent = email_handout(
            args,
            handout.profile,
            written.read_bytes(),
            default_file_name(handout),
            patient=handout.patient,
            clinician=handout.clinician,
            language=handout.language,
        )
        sys.stdout.write(f"{sent}\n")
        record_written(args, [(handout, written)], sent_to=args.email_to)
    return EXIT_OK
