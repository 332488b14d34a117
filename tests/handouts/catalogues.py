"""Catalogues made by the tests: the committed .pot with every msgstr written by a function,
compiled with Babel into a folder the app is pointed at (handouts.i18n.LOCALE_DIR_VARIABLE)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from handouts.i18n import DOMAIN, LOCALE_DIR_VARIABLE
from handouts.resources import templates_dir

LOCALE = templates_dir() / "locale"
POT = LOCALE / f"{DOMAIN}.pot"
# The marks of the pseudo-locale: every translated sentence is wrapped in them.
OPEN, CLOSE = "\u00ab", "\u00bb"
PLACEHOLDER = re.compile(r"\{\w+\}|%\(\w+\)s")


def read_catalogue(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=language)


def pseudo(message: str) -> str:
    """The pseudo-locale's "translation": the English, wrapped in marks."""
    return f"{OPEN}{message}{CLOSE}"


def make_catalogue(
    folder: Path,
    language: str,
    translate: Callable[[str], str] = pseudo,
    leave_out: Iterable[str] = (),
) -> Path:
    """Compile the committed .pot, each msgstr `translate(msgid)`, into folder/<language>;
    the msgids of `leave_out` keep an empty msgstr (a missing translation)."""
    catalogue = read_catalogue(POT, language)
    missing = set(leave_out)
    for message in catalogue:
        if not message.id or message.id in missing:
            continue
        if isinstance(message.id, tuple):
            # As many forms as the language has (French and Spanish: 3 in Babel's CLDR).
            forms = range(catalogue.num_plurals)
            message.string = tuple(translate(message.id[min(form, 1)]) for form in forms)
        else:
            message.string = translate(message.id)
    target = folder / language / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    with (target / f"{DOMAIN}.mo").open("wb") as file:
        write_mo(file, catalogue)
    return folder


def use_catalogues(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Point the app at the catalogues in `folder` for this test."""
    monkeypatch.setenv(LOCALE_DIR_VARIABLE, str(folder))
