"""Every modality in every language: no sentence of another language, the language's own
reading-ease target, only the handout's own font, and no more pages than the English
(or the brief's page budget, where the English is shorter)."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

import pytest

from handouts.i18n import DOMAIN
from handouts.model import Language, Modality
from handouts.render import Handout, Renderer
from tests.handouts.catalogues import LOCALE, read_catalogue
from tests.handouts.render.helpers import HEAVY, TYPICAL, Pdf, handout, squash
from tests.handouts.render.test_wording import sentences
from tests.readability import fernandez_huerta, flesch_kincaid_grade, kandel_moles

# A "sentence" for the foreign-text check: four words or more (shorter ones, such as
# "Minutes" or "Date", can be the same word in two languages).
MIN_WORDS = 4
FOREIGN = [Language.FR, Language.ES]
# The brief's pages: standard print 2, large print 4.
PAGE_BUDGET = {False: 2, True: 4}
# Known over budget (docs/clinical-policy.md, section 5): the heavy low-back "either" sheet
# carries both the heat and the ice steps, which may not split; French and Spanish are longer.
# Strict: a layout that brings one within budget fails here, to be taken off this list.
OVER_BUDGET = {
    (Language.FR, Modality.EITHER, "heavy", True),
    (Language.ES, Modality.EITHER, "heavy", True),
}


def _catalogue(language: Language) -> dict[str, str]:
    """msgid -> msgstr of one language (plural entries: the singular forms)."""
    path = LOCALE / language.value / "LC_MESSAGES" / f"{DOMAIN}.po"
    found: dict[str, str] = {}
    for message in read_catalogue(path, language.value):
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        value = message.string[0] if isinstance(message.string, tuple) else message.string
        found[key] = value
    return found


def _texts(language: Language) -> dict[str, str]:
    """What each msgid prints as in `language`."""
    if language is Language.EN:
        return {key: key for key in _catalogue(Language.FR)}
    return _catalogue(language)


def _fixed_parts(text: str) -> list[str]:
    """The words between placeholders: what a sentence always prints, whatever fills it."""
    parts = re.split(r"\{\w+\}|%\(\w+\)s", text)
    return [squash(part) for part in parts if len(part.split()) >= MIN_WORDS]


def _foreign_sentences(language: Language) -> set[str]:
    """Sentences that belong to another language and not to this one."""
    own = _texts(language)
    mine = {part for text in own.values() for part in _fixed_parts(text)}
    foreign: set[str] = set()
    for other in (Language.EN, *FOREIGN):
        if other is language:
            continue
        for text in _texts(other).values():
            foreign.update(part for part in _fixed_parts(text) if part not in mine)
    return foreign


CASES = [(modality, weight) for modality in Modality for weight in ("typical", "heavy")]


def _item(modality: Modality, weight: str, language: Language, **changes: object) -> Handout:
    inputs = TYPICAL[modality] if weight == "typical" else {"region": "low-back", **HEAVY[modality]}
    return handout(inputs, language=language, **changes)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer()


@pytest.fixture(scope="module")
def english_pages(renderer: Renderer) -> Callable[[Modality, str, bool], int]:
    """The English sheet's page count for a case, rendered once per case."""

    @functools.cache
    def pages(modality: Modality, weight: str, large_print: bool) -> int:
        item = _item(modality, weight, Language.EN, large_print=large_print)
        return Pdf(renderer.pdf(item, spacing=False)).pages

    return pages


def _page_text(page: str) -> str:
    """Every word the sheet prints (the HTML's text: the same sentences the PDF shows)."""
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S)
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", body)))


@pytest.mark.parametrize("language", [Language.EN, *FOREIGN])
@pytest.mark.parametrize(("modality", "weight"), CASES)
def test_no_sentence_of_another_language(
    renderer: Renderer, language: Language, modality: Modality, weight: str
) -> None:
    text = _page_text(renderer.html(_item(modality, weight, language)))
    found = sorted(part for part in _foreign_sentences(language) if part in text)
    assert not found, f"{language.value} {modality.value}: {found[:5]}"


READING_EASE: dict[Language, tuple[Callable[[str], float], str]] = {
    Language.FR: (kandel_moles, "Kandel-Moles"),
    Language.ES: (fernandez_huerta, "Fernández-Huerta"),
}


@pytest.mark.parametrize("language", FOREIGN)
@pytest.mark.parametrize(("modality", "weight"), CASES)
def test_reading_ease_is_70_or_more(
    renderer: Renderer, language: Language, modality: Modality, weight: str
) -> None:
    measure, name = READING_EASE[language]
    text = sentences(renderer.html(_item(modality, weight, language)))
    assert measure(text) >= 70, f"{name} {measure(text):.1f}: {text}"


def test_english_stays_grade_6() -> None:
    text = sentences(Renderer().html(_item(Modality.HEAT, "typical", Language.EN)))
    assert flesch_kincaid_grade(text) <= 6


@pytest.mark.parametrize("language", FOREIGN)
@pytest.mark.parametrize("large_print", [False, True])
@pytest.mark.parametrize(("modality", "weight"), CASES)
def test_same_pages_as_english_and_only_our_font(
    request: pytest.FixtureRequest,
    renderer: Renderer,
    english_pages: Callable[[Modality, str, bool], int],
    language: Language,
    modality: Modality,
    weight: str,
    large_print: bool,
) -> None:
    if (language, modality, weight, large_print) in OVER_BUDGET:
        request.applymarker(pytest.mark.xfail(strict=True, reason="a page over its budget"))
    english = english_pages(modality, weight, large_print)
    # Without the spacing pass, which never moves a page break (test_space.py checks that).
    item = _item(modality, weight, language, large_print=large_print)
    translated = Pdf(renderer.pdf(item, spacing=False))
    # The same page count as the English, or the brief's budget where the English is shorter.
    assert translated.pages <= max(english, PAGE_BUDGET[large_print])
    names = {
        str(font.get_object()["/BaseFont"])
        for page in translated.reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert names and all("Atkinson" in name for name in names), names
