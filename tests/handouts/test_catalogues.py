"""The committed catalogues: the .pot holds exactly the sentences marked in the code and the
templates, and French and Spanish translate every one of them, with the same placeholders,
compiled into the .mo files the app reads. A missing translation fails here (the build)."""

from __future__ import annotations

import io
from gettext import GNUTranslations

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo

from handouts.i18n import DOMAIN
from tests.conftest import ROOT
from tests.handouts.catalogues import LOCALE, PLACEHOLDER, POT, read_catalogue

LANGUAGES = ("fr", "es")
MessageId = str | tuple[str, ...]


def msgids(catalogue: object) -> set[MessageId]:
    return {message.id for message in catalogue if message.id}  # type: ignore[attr-defined]


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def test_the_pot_holds_exactly_the_marked_sentences() -> None:
    """`make translations` was run after the last change of a marked sentence."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as file:
        method_map, options_map = parse_mapping_cfg(file)
    extracted = {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT),
            method_map,
            options_map,
            keywords={**DEFAULT_KEYWORDS, "N_": None},
            comment_tags=("Translators:",),
        )
    }
    committed = msgids(read_catalogue(POT))
    assert len(committed) > 250
    assert extracted - committed == set(), "new sentences: run `make translations`"
    assert committed - extracted == set(), "sentences no longer used: run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_is_translated_with_its_placeholders(language: str) -> None:
    po = read_catalogue(LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po", language)
    assert msgids(read_catalogue(POT)) <= msgids(po), "run `make translations`"
    missing, fuzzy, wrong = [], [], []
    for message in po:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        if not all(forms):
            missing.append(ids[0])
        elif message.fuzzy:
            fuzzy.append(ids[0])
        elif any(placeholders(form) != placeholders(ids[-1]) for form in forms):
            wrong.append(ids[0])
    assert not missing, f"{len(missing)} sentences have no {language} translation: {missing[:5]}"
    assert not fuzzy, f"{len(fuzzy)} {language} translations are marked fuzzy: {fuzzy[:5]}"
    assert not wrong, f"{language} translations with other placeholders: {wrong}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file(language: str) -> None:
    """The .mo in git (read by the app, the wheel and the bundle) is the .po compiled."""
    folder = LOCALE / language / "LC_MESSAGES"
    compiled = io.BytesIO()
    write_mo(compiled, read_catalogue(folder / f"{DOMAIN}.po", language))
    compiled.seek(0)
    with (folder / f"{DOMAIN}.mo").open("rb") as committed:
        committed_entries = GNUTranslations(committed)._catalog  # type: ignore[attr-defined]
    expected = GNUTranslations(compiled)._catalog  # type: ignore[attr-defined]
    # The header (msgid "") holds dates that differ between compilations.
    committed_entries.pop("", None)
    expected.pop("", None)
    assert committed_entries == expected
