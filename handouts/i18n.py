"""The handout's language: gettext catalogues chosen per handout, never a fallback to English.

The msgids are the English sentences, so English needs no catalogue. French and Spanish come
from templates/locale/<lang>/LC_MESSAGES/handout.mo (compiled from the .po files by
`make translations`). The language is held in a context variable for the length of one
handout (`use_language`), so the core's sentence writers and the Jinja2 templates call the
same `gettext` without passing the language through every function.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext as gnu_gettext
import os
from collections.abc import Iterator
from pathlib import Path

from handouts.model import Language
from handouts.resources import templates_dir

DOMAIN = "handout"
# Tests point this at a catalogue folder of their own (a pseudo-locale, a broken catalogue).
LOCALE_DIR_VARIABLE = "HEAT_OR_ICE_LOCALE_DIR"
# Each language named in its own words (for the form, the settings and error messages).
LANGUAGE_NAMES: dict[Language, str] = {
    Language.EN: "English",
    Language.FR: "Français",
    Language.ES: "Español",
}


class UnknownLanguage(ValueError):
    """A language code we have no handout for; the message lists the ones there are."""


class MissingTranslation(LookupError):
    """A handout sentence has no translation: never print English inside another language."""


def parse_language(text: str) -> Language:
    """'fr' -> Language.FR; anything else is a plain error that lists the languages there are."""
    try:
        return Language(text.strip().lower())
    except ValueError:
        known = ", ".join(f"{code.value} ({name})" for code, name in LANGUAGE_NAMES.items())
        raise UnknownLanguage(
            f"There is no handout in the language {text.strip()!r}. Choose one of: {known}."
        ) from None


_current: contextvars.ContextVar[Language] = contextvars.ContextVar(
    "handout_language", default=Language.EN
)


def current_language() -> Language:
    return _current.get()


@contextlib.contextmanager
def use_language(language: Language) -> Iterator[None]:
    """Within this block, `gettext` translates into `language`."""
    token = _current.set(language)
    try:
        yield
    finally:
        _current.reset(token)


def N_(message: str) -> str:
    """Marks a string for extraction where it is defined; `gettext` translates it where used."""
    return message


def locale_dir() -> Path:
    """The folder of the catalogues: templates/locale, unless LOCALE_DIR_VARIABLE names one."""
    chosen = os.environ.get(LOCALE_DIR_VARIABLE, "")
    return Path(chosen) if chosen else templates_dir() / "locale"


class _Refuse(gnu_gettext.NullTranslations):
    """The fallback of every catalogue: a sentence it lacks is an error, never English."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language

    def gettext(self, message: str) -> str:
        raise MissingTranslation(
            f"The handout in {LANGUAGE_NAMES[self.language]} has no translation of "
            f"{message[:60]!r} yet."
        )

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.gettext(msgid1 if n == 1 else msgid2)


@functools.cache
def catalogue(language: Language, folder: Path) -> gnu_gettext.NullTranslations:
    """The compiled catalogue of `language` in `folder`, read once; strict (see _Refuse)."""
    path = folder / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as file:
            translations = gnu_gettext.GNUTranslations(file)
    except (OSError, ValueError, IndexError) as error:  # missing, unreadable or not a catalogue
        raise MissingTranslation(
            f"The catalogue of the handout in {LANGUAGE_NAMES[language]} ({path.name}) could "
            f"not be read ({type(error).__name__})."
        ) from None
    translations.add_fallback(_Refuse(language))
    return translations


def gettext(message: str) -> str:
    """`message` (an English msgid) in the current handout language; MissingTranslation if
    the language's catalogue lacks it or leaves it empty."""
    language = _current.get()
    if language is Language.EN:
        return message
    return _non_empty(catalogue(language, locale_dir()).gettext(message), language, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message for the count `n`, in the current language."""
    language = _current.get()
    if language is Language.EN:
        return singular if n == 1 else plural
    translated = catalogue(language, locale_dir()).ngettext(singular, plural, n)
    # Babel compiles an untranslated plural as the English forms: as missing as no entry.
    if translated in (singular, plural):
        translated = ""
    return _non_empty(translated, language, singular)


def _non_empty(translated: str, language: Language, message: str) -> str:
    """An empty translation that reached the catalogue is as missing as no entry."""
    if not translated:
        _Refuse(language).gettext(message)
    return translated


_ = gettext
