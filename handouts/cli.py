"""The command line: `main.py decide ...` and friends. No Qt here.

Exit codes: 0 success; 2 invalid input; 3 the clinician's choice is refused by a caution.
Errors are one plain line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, NoReturn

from handouts.decision import ChoiceRefused, decide
from handouts.model import (
    Caution,
    Choice,
    History,
    InvalidPresentation,
    Onset,
    Preference,
    Presentation,
    Recommendation,
    Region,
    Sign,
)

EXIT_OK = 0
EXIT_INVALID = 2
EXIT_REFUSED = 3

Command = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A plain-words failure with its exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are a single line naming the option at fault."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_INVALID, f"{self.prog}: error: {message} (see --help)\n")


def vocabulary(enum: type[StrEnum]) -> Callable[[str], str]:
    """An argparse type accepting only the brief's words for `enum`."""
    allowed = ", ".join(member.value for member in enum)

    def parse(text: str) -> str:
        word = text.strip().lower()
        if word not in {member.value for member in enum}:
            raise argparse.ArgumentTypeError(f"{text!r} is not one of: {allowed}")
        return word

    parse.__name__ = enum.__name__.lower()
    return parse


def whole_number(text: str) -> int:
    stripped = text.strip()
    if not stripped.lstrip("-").isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (0 = today, 1, 2, ...)")
    value = int(stripped)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give 0 for today, 1, 2, ...")
    return value


class Once(argparse.Action):
    """A single-valued option that may be repeated only with the same value."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        seen = f"_seen_{self.dest}"
        if getattr(namespace, seen, False) and getattr(namespace, self.dest) != values:
            parser.error(
                f"argument {option_string}: given twice with different values "
                f"({getattr(namespace, self.dest)!r} and {values!r}); give it once"
            )
        setattr(namespace, seen, True)
        setattr(namespace, self.dest, values)


def was_given(args: argparse.Namespace, name: str) -> bool:
    """Whether an option was on the command line: unset options are None or empty."""
    return getattr(args, name, None) not in (None, "", [], False)


def add_presentation_options(parser: argparse.ArgumentParser) -> None:
    """The inputs of the brief's section 2, in its words."""
    group = parser.add_argument_group("the presentation (clinical brief, section 2)")
    words = {
        enum: ", ".join(m.value for m in enum)
        for enum in (Region, Onset, Sign, Preference, History, Caution, Choice)
    }
    group.add_argument(
        "--region",
        type=vocabulary(Region),
        action=Once,
        help=f"where it hurts (required): {words[Region]}",
    )
    group.add_argument(
        "--onset",
        type=vocabulary(Onset),
        action=Once,
        help=f"how it started: {words[Onset]} (default: flare-up)",
    )
    group.add_argument(
        "--days",
        type=whole_number,
        action=Once,
        metavar="N",
        help="days since it started or the injury happened (0 = today); needed for injury",
    )
    group.add_argument(
        "--sign",
        type=vocabulary(Sign),
        action="append",
        default=[],
        dest="signs",
        help=f"what you see or feel, repeatable: {words[Sign]}",
    )
    group.add_argument(
        "--preference",
        type=vocabulary(Preference),
        action=Once,
        help=f"what the patient would rather use: {words[Preference]} (default: none)",
    )
    group.add_argument(
        "--history",
        type=vocabulary(History),
        action="append",
        default=[],
        help=f"cold or heat made it worse before, repeatable: {words[History]}",
    )
    group.add_argument(
        "--caution",
        type=vocabulary(Caution),
        action="append",
        default=[],
        dest="cautions",
        help=f"repeatable: {words[Caution]}",
    )
    group.add_argument(
        "--choice",
        type=vocabulary(Choice),
        action=Once,
        help=f"the clinician's choice: {words[Choice]} (default: auto, the policy)",
    )


def presentation_from_args(args: argparse.Namespace) -> Presentation:
    if args.region is None:
        allowed = ", ".join(region.value for region in Region)
        raise CliError(f"argument --region: required; one of: {allowed}", EXIT_INVALID)
    # Options left out are None: the Presentation's own defaults (the brief's) apply.
    given = {
        name: getattr(args, name)
        for name in ("onset", "days", "signs", "preference", "history", "cautions", "choice")
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


def run_decide(args: argparse.Namespace) -> int:
    _, recommendation = recommend(args)
    json.dump(recommendation.as_dict(), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _add_render_options(parser: argparse.ArgumentParser) -> None:
    from handouts.render_cli import add_render_options

    add_render_options(parser)


def _run_render(args: argparse.Namespace) -> int:
    from handouts.render_cli import run_render

    return run_render(args)


# Sub-commands: name -> (help, add options, run).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Command]] = {
    "decide": (
        "print the recommendation for a presentation as JSON",
        add_presentation_options,
        run_decide,
    ),
    "render": (
        "write the patient's handout as a PDF and print its path",
        _add_render_options,
        _run_render,
    ),
}


def build_parser() -> Parser:
    parser = Parser(
        prog="main.py",
        description=(
            "Heat or Ice: decide heat or ice for a patient and make the handout. "
            "With no sub-command, opens the window."
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, (summary, add_options, run) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=summary, description=summary)
        add_options(sub)
        sub.set_defaults(run=run)
    return parser


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_INVALID
    try:
        return int(args.run(args))
    except CliError as error:
        sys.stderr.write(f"main.py {args.command}: error: {error}\n")
        return error.code
