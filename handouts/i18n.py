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
from collections.abc import Iterator

from handouts.model import Language

DOMAIN = "handout"
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


def gettext(message: str) -> str:
    """`message` in the current handout language (placeholder: the i18n helper completes it)."""
    return message


_ = gettext
