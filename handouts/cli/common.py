"""What every sub-command shares: the parser, plain errors with exit codes, option types.

Exit codes: 0 success; 2 invalid input; 3 the clinician's choice is refused by a caution;
4 the PDF cannot be written; 5 emailing it fails. Errors are one plain line, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime
from collections.abc import Callable
from enum import StrEnum
from typing import Any, NoReturn

from handouts.i18n import UnknownLanguage, parse_language
from handouts.identity import APP_ID
from handouts.model import Language

# The command's name in help and error lines: `heat-or-ice`, however it was started.
PROG = APP_ID
EXIT_OK = 0
EXIT_INVALID = 2
EXIT_REFUSED = 3
EXIT_WRITE_FAILED = 4
EXIT_SEND_FAILED = 5


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


def iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; give it as YYYY-MM-DD, e.g. 2026-11-23"
        ) from None


def language_code(text: str) -> Language:
    """A handout language ('en', 'fr', 'es'); otherwise the plain error listing them."""
    try:
        return parse_language(text)
    except UnknownLanguage as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
