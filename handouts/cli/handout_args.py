"""The options that describe one handout, shared by `render` and each row of `render --batch`."""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from handouts.cli.common import EXIT_INVALID, CliError, iso_date, language_code, limited_text
from handouts.cli.email import add_email_options
from handouts.cli.presentation import add_presentation_options, recommend
from handouts.cli.record_hook import add_record_option
from handouts.model import MAX_CLINICIAN_CHARS, MAX_NOTE_CHARS, MAX_PATIENT_CHARS, Language
from handouts.profile import ClinicProfile, Paper, ProfileError, load_profile
from handouts.settings import setting

if TYPE_CHECKING:
    from handouts.render import Handout

# Typed text: option, its limit, what it is called in an error, help ("{}" is the limit).
TEXT_OPTIONS = (
    ("--patient", MAX_PATIENT_CHARS, "patient name",
     "the patient's name, printed at the top (at most {} characters)"),
    ("--clinician", MAX_CLINICIAN_CHARS, "clinician name",
     "the clinician's name (default: the one in the clinic profile)"),
    ("--note", MAX_NOTE_CHARS, "note", "a note for the patient (at most {} characters)"),
)  # fmt: skip


def add_render_options(parser: argparse.ArgumentParser) -> None:
    """decide's options plus who, when, how it is printed and where it goes."""
    add_presentation_options(parser)
    group = parser.add_argument_group("the handout")
    for option, limit, what, help_text in TEXT_OPTIONS:
        group.add_argument(
            option, default="", type=limited_text(limit, what), help=help_text.format(limit)
        )
    group.add_argument(
        "--date", type=iso_date, help="the date printed, YYYY-MM-DD (default: today)"
    )
    group.add_argument(
        "--paper",
        type=str.lower,
        choices=[paper.value for paper in Paper],
        help=f"{setting('paper').help} (default: the clinic profile's, else "
        f"{setting('paper').default})",
    )
    group.add_argument(
        "--large-print",
        action="store_true",
        default=None,
        help=setting("large_print").help,
    )
    group.add_argument(
        "--language",
        type=language_code,
        metavar="|".join(Language),
        help=f"the language the handout (and its email) is written in (default: the clinic "
        f"profile's, else {setting('language').default})",
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
            "patient, note, clinician, date, paper, large_print, language); several words in "
            "one cell are separated by ';'. --profile, --paper, --large-print, --date, "
            "--clinician and --language apply to rows that leave them empty"
        ),
    )
    add_record_option(parser)
    add_email_options(parser)


def profile_from_args(args: argparse.Namespace) -> ClinicProfile:
    """The clinic profile --profile names (or the app's own), its logo checked; CliError if bad."""
    # The renderer is loaded only when rendering: `decide` starts without it.
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
    # The renderer is loaded only when rendering: `decide` starts without it.
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
        language=args.language or profile.language,
    )
