"""The command line: `heat-or-ice decide ...` and `heat-or-ice render ...`. No Qt here.

Exit codes: 0 success; 2 invalid input; 3 the clinician's choice is refused by a caution;
4 the PDF cannot be written; 5 emailing it fails. Errors are one plain line on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from handouts.cli.common import EXIT_INVALID, PROG, CliError, Parser
from handouts.cli.decide import run_decide
from handouts.cli.handout_args import add_render_options
from handouts.cli.history_args import add_history_options
from handouts.cli.presentation import add_presentation_options
from handouts.cli.render import run_render
from handouts.identity import VERSION

__all__ = ["COMMANDS", "build_parser", "main"]

Command = Callable[[argparse.Namespace], int]


def run_history(args: argparse.Namespace) -> int:
    """`history`. The record (sqlite3, its archive and output) loads only for this command:
    `render` and `decide` start without it."""
    # Lazy: see the docstring.
    from handouts.cli.history import run_history as run

    return run(args)


# Sub-commands: name -> (help, add options, run).
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Command]] = {
    "decide": (
        "print the recommendation for a presentation as JSON",
        add_presentation_options,
        run_decide,
    ),
    "render": (
        "write the patient's handout as a PDF and print its path",
        add_render_options,
        run_render,
    ),
    "history": (
        "list, reprint notes for, delete, export or import the record of handouts given",
        add_history_options,
        run_history,
    ),
}


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description=(
            "Heat or Ice: decide heat or ice for a patient and make the handout. "
            "With no sub-command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {VERSION}")
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
        sys.stderr.write(f"{PROG} {args.command}: error: {error}\n")
        return error.code
