"""The presentation options of `decide` and `render`, in the brief's words, and deciding."""

from __future__ import annotations

import argparse
from enum import StrEnum

from handouts.cli.common import EXIT_INVALID, EXIT_REFUSED, CliError, Once, vocabulary, whole_number
from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    SIDED_REGIONS,
    Caution,
    Choice,
    History,
    InvalidPresentation,
    Onset,
    Preference,
    Presentation,
    Recommendation,
    Region,
    Side,
    Sign,
)

_SIDED = ", ".join(region.value for region in Region if region in SIDED_REGIONS)

# The word options: option, its vocabulary, whether it may be repeated (then its dest), help.
# "{words}" in the help is replaced by the allowed words.
WORD_OPTIONS: tuple[tuple[str, type[StrEnum], str | None, str], ...] = (
    ("--region", Region, None, "where it hurts (required): {words}"),
    ("--side", Side, None, f"which side, only for {_SIDED}: {{words}}"),
    ("--onset", Onset, None, "how it started: {words} (default: flare-up)"),
    ("--sign", Sign, "signs", "what you see or feel, repeatable: {words}"),
    ("--preference", Preference, None,
     "what the patient would rather use: {words} (default: none)"),
    ("--history", History, "history", "cold or heat made it worse before, repeatable: {words}"),
    ("--caution", Caution, "cautions", "repeatable: {words}"),
    ("--choice", Choice, None, "the clinician's choice: {words} (default: auto, the policy)"),
)  # fmt: skip


def add_presentation_options(parser: argparse.ArgumentParser) -> None:
    """The inputs of the brief's section 2, in its words."""
    group = parser.add_argument_group("the presentation (clinical brief, section 2)")
    for option, enum, repeated_dest, help_text in WORD_OPTIONS:
        shown = help_text.format(words=", ".join(member.value for member in enum))
        if repeated_dest is None:
            group.add_argument(option, type=vocabulary(enum), action=Once, help=shown)
        else:
            group.add_argument(
                option,
                type=vocabulary(enum),
                action="append",
                default=[],
                dest=repeated_dest,
                help=shown,
            )
        if option == "--onset":
            group.add_argument(
                "--days",
                type=whole_number,
                action=Once,
                metavar="N",
                help="days since it started or the injury happened (0 = today); needed for injury",
            )


def presentation_from_args(args: argparse.Namespace) -> Presentation:
    if args.region is None:
        allowed = ", ".join(region.value for region in Region)
        raise CliError(f"argument --region: required; one of: {allowed}", EXIT_INVALID)
    # Options left out are None: the Presentation's own defaults (the brief's) apply.
    given = {
        name: getattr(args, name)
        for name in (
            "side",
            "onset",
            "days",
            "signs",
            "preference",
            "history",
            "cautions",
            "choice",
        )
        if getattr(args, name) is not None
    }
    try:
        return Presentation(region=args.region, **given)
    except InvalidPresentation as error:
        option = {"signs": "sign", "cautions": "caution"}.get(error.field_name, error.field_name)
        message = str(error).removeprefix(f"{error.field_name}: ")
        raise CliError(f"argument --{option}: {message}", EXIT_INVALID) from None


def recommend(args: argparse.Namespace) -> tuple[Presentation, Recommendation]:
    """The presentation and its recommendation, or a CliError for a refused choice."""
    presentation = presentation_from_args(args)
    try:
        return presentation, decide(presentation)
    except ChoiceRefused as refused:
        raise CliError(f"refused: {refused}", EXIT_REFUSED) from None
