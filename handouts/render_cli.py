"""`main.py render`: decide, then write the patient's handout as a PDF and print its path.

Exit codes as for `decide` (0 ok, 2 invalid input, 3 choice refused), plus 4 when the PDF
cannot be written, 5 when emailing it (--email-to) fails. Errors are one plain line; patient
names and notes are never logged.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from handouts.cli import (
    EXIT_INVALID,
    EXIT_OK,
    CliError,
    add_presentation_options,
    recommend,
    was_given,
)
from handouts.profile import ClinicProfile, Paper, ProfileError, load_profile

if TYPE_CHECKING:
    from handouts.render import Handout

EXIT_WRITE_FAILED = 4


def iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; give it as YYYY-MM-DD, e.g. 2026-11-23"
        ) from None


def limited_text(limit: int, what: str) -> Callable[[str], str]:
    """An argparse type refusing text longer than `limit` with a plain message."""

    def parse(text: str) -> str:
        if len(text) > limit:
            raise argparse.ArgumentTypeError(
                f"the {what} is {len(text)} characters long; the limit is {limit}. Shorten it"
            )
        return text

    parse.__name__ = what
    return parse


def add_render_options(parser: argparse.ArgumentParser) -> None:
    """decide's options plus who, when, how it is printed and where it goes."""
    from handouts.render import MAX_CLINICIAN_CHARS, MAX_NOTE_CHARS, MAX_PATIENT_CHARS

    add_presentation_options(parser)
    group = parser.add_argument_group("the handout")
    group.add_argument(
        "--patient",
        default="",
        type=limited_text(MAX_PATIENT_CHARS, "patient name"),
        help=f"the patient's name, printed at the top (at most {MAX_PATIENT_CHARS} characters)",
    )
    group.add_argument(
        "--clinician",
        default="",
        type=limited_text(MAX_CLINICIAN_CHARS, "clinician name"),
        help="the clinician's name (default: the one in the clinic profile)",
    )
    group.add_argument(
        "--note",
        default="",
        type=limited_text(MAX_NOTE_CHARS, "note"),
        help=f"a note for the patient (at most {MAX_NOTE_CHARS} characters)",
    )
    group.add_argument(
        "--date", type=iso_date, help="the date printed, YYYY-MM-DD (default: today)"
    )
    group.add_argument(
        "--paper",
        type=str.lower,
        choices=[paper.value for paper in Paper],
        help="paper size (default: the clinic profile's, else a4)",
    )
    group.add_argument(
        "--large-print",
        action="store_true",
        default=None,
        help="18 pt text for readers who need it",
    )
    group.add_argument(
        "--profile",
        type=Path,
        metavar="FILE",
        help="the clinic profile (TOML) to use (default: the app's own)",
    )
    group.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf",
        help="where to write the PDF (default: a dated file name in the current folder)",
    )
    group.add_argument(
        "--batch",
        type=Path,
        metavar="FILE.csv",
        help=(
            "render one handout per CSV row, using every core: an 'output' column names each "
            "PDF (relative to the CSV's folder); other columns are the options above without "
            "dashes (region, onset, days, signs, preference, history, cautions, choice, "
            "patient, note, clinician, date, paper, large_print); several words in one cell "
            "are separated by ';'. --profile, --paper, --large-print, --date and --clinician "
            "apply to rows that leave them empty"
        ),
    )
    from handouts.mail_cli import add_email_options

    add_email_options(parser)


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


def profile_from_args(args: argparse.Namespace) -> ClinicProfile:
    """The clinic profile --profile names (or the app's own), its logo checked; CliError if bad."""
    from handouts.render import RenderError, check_logo

    try:
        profile = load_profile(args.profile)
    except ProfileError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    if profile.logo_path is not None:
        try:
            check_logo(profile.logo_path)
        except RenderError as error:
            raise CliError(str(error), EXIT_INVALID) from None
    return profile


def handout_from_args(args: argparse.Namespace, profile: ClinicProfile | None = None) -> Handout:
    """The handout the options describe; CliError for bad input, a refused choice or profile.

    `profile`: one already loaded (a batch loads it once); None loads the one --profile names.
    """
    from handouts.render import Handout

    presentation, recommendation = recommend(args)
    if profile is None:
        profile = profile_from_args(args)
    return Handout(
        presentation=presentation,
        recommendation=recommendation,
        profile=profile,
        patient=args.patient,
        note=args.note,
        clinician=args.clinician,
        date=args.date or datetime.date.today(),
        paper=Paper(args.paper) if args.paper else None,
        large_print=args.large_print,
    )


def run_render(args: argparse.Namespace) -> int:
    from handouts.render import Renderer, RenderError, SaveFailed, default_file_name

    if args.batch is not None:
        from handouts.batch import run_batch

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
    from handouts.mail_cli import check_email_options, email_handout

    check_email_options(args, handout.profile)
    output = args.output if args.output is not None else Path(default_file_name(handout))
    renderer = Renderer()
    unprintable = renderer.unprintable(handout)
    if unprintable:
        sys.stderr.write(f"main.py render: warning: {unprintable.message()}\n")
    try:
        written = renderer.save(handout, output)
    except SaveFailed as error:
        raise CliError(str(error), EXIT_WRITE_FAILED) from None
    except RenderError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    sys.stdout.write(f"{written}\n")
    if args.email_to:
        sent = email_handout(
            args,
            handout.profile,
            written.read_bytes(),
            default_file_name(handout),
            patient=handout.patient,
            clinician=handout.clinician,
        )
        sys.stdout.write(f"{sent}\n")
    return EXIT_OK
