"""handouts.i18n: English is the msgids, French and Spanish come from the compiled catalogues,
and a sentence a catalogue lacks is an error, never English in the middle of another language."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from handouts.content.facts import days_ago_words, long_date, month_year
from handouts.i18n import (
    LOCALE_DIR_VARIABLE,
    MissingTranslation,
    current_language,
    gettext,
    locale_dir,
    ngettext,
    use_language,
)
from handouts.model import Language
from handouts.render import Renderer
from handouts.resources import templates_dir
from tests.handouts.catalogues import make_catalogue, pseudo, use_catalogues
from tests.handouts.render.helpers import Pdf, handout

DAY = datetime.date(2026, 11, 23)  # a Monday

# A tiny catalogue of dates (the rest of the msgids in marks): French and Spanish patterns.
DATE_WORDS = {
    "fr": {
        "Monday": "lundi",
        "November": "novembre",
        "{weekday} {day} {month} {year}": "{weekday} {day} {month} {year}",
        "{month} {year}": "{month} {year}",
    },
    "es": {
        "Monday": "lunes",
        "November": "noviembre",
        "{weekday} {day} {month} {year}": "{weekday}, {day} de {month} de {year}",
        "{month} {year}": "{month} de {year}",
        "Page {page} of {pages}": "Página {page} de {pages}",
    },
}


def dates_catalogue(folder: Path, language: str) -> Path:
    words = DATE_WORDS[language]
    return make_catalogue(folder, language, lambda msgid: words.get(msgid, pseudo(msgid)))


def test_english_is_the_msgid_itself() -> None:
    assert current_language() is Language.EN
    assert gettext("Your plan") == "Your plan"
    assert ngettext("{days} day ago", "{days} days ago", 1) == "{days} day ago"
    assert ngettext("{days} day ago", "{days} days ago", 4) == "{days} days ago"
    assert long_date(DAY) == "Monday 23 November 2026"
    assert month_year(datetime.date(2027, 11, 1)) == "November 2027"
    assert days_ago_words(5) == "5 days ago"


def test_the_catalogues_are_found_where_the_app_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LOCALE_DIR_VARIABLE, raising=False)
    assert locale_dir() == templates_dir() / "locale"
    for language in ("fr", "es"):
        assert (locale_dir() / language / "LC_MESSAGES" / "handout.mo").is_file()


def test_a_language_is_used_only_inside_its_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_catalogues(monkeypatch, make_catalogue(tmp_path, "fr"))
    with use_language(Language.FR):
        assert gettext("Your plan") == pseudo("Your plan")
        assert ngettext("{days} day ago", "{days} days ago", 3) == pseudo("{days} days ago")
    assert gettext("Your plan") == "Your plan"


def test_a_sentence_missing_from_the_catalogue_is_an_error_not_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leave_out = ["Your plan", ("{days} day ago", "{days} days ago")]
    use_catalogues(monkeypatch, make_catalogue(tmp_path, "es", leave_out=leave_out))
    with use_language(Language.ES):
        with pytest.raises(MissingTranslation, match=r"Español.*'Your plan'"):
            gettext("Your plan")
        with pytest.raises(MissingTranslation, match="day"):
            ngettext("{days} day ago", "{days} days ago", 3)
        with pytest.raises(MissingTranslation):
            gettext("A sentence no catalogue has")
        assert gettext("Try it and notice") == pseudo("Try it and notice")


def test_an_empty_plural_translation_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Babel compiles an empty plural as the English forms: they must not reach the handout.
    def translate(msgid: str) -> str:
        return "" if "day ago" in msgid or "days ago" in msgid else pseudo(msgid)

    use_catalogues(monkeypatch, make_catalogue(tmp_path, "fr", translate))
    with use_language(Language.FR), pytest.raises(MissingTranslation):
        ngettext("{days} day ago", "{days} days ago", 2)


def test_an_unreadable_catalogue_is_a_plain_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "fr" / "LC_MESSAGES" / "handout.mo"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a catalogue")
    use_catalogues(monkeypatch, tmp_path)
    with use_language(Language.FR), pytest.raises(MissingTranslation, match="could not be read"):
        gettext("Your plan")


@pytest.mark.parametrize(
    ("language", "date", "review"),
    [
        (Language.FR, "lundi 23 novembre 2026", "novembre 2027"),
        (Language.ES, "lunes, 23 de noviembre de 2026", "noviembre de 2027"),
    ],
)
def test_dates_follow_the_language_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: Language, date: str, review: str
) -> None:
    use_catalogues(monkeypatch, dates_catalogue(tmp_path, language.value))
    with use_language(language):
        assert long_date(DAY) == date
        assert month_year(datetime.date(2027, 11, 1)) == review
    html = Renderer().html(handout({"region": "knee", "onset": "gradual"}, language=language))
    assert f'<dd class="date">{date}</dd>' in html
    assert f"next review {review}" in html


def test_the_page_footer_is_in_the_handout_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_catalogues(monkeypatch, dates_catalogue(tmp_path, "es"))
    pdf = Pdf(Renderer().pdf(handout({"region": "knee", "onset": "gradual"}, language=Language.ES)))
    assert f"Página 1 de {pdf.pages}" in pdf.text
    assert "Page 1" not in pdf.text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (Language.EN, "Tuesday 1 December 2026"),
        (Language.FR, "mardi 1er décembre 2026"),
        (Language.ES, "martes 1 de diciembre de 2026"),
    ],
)
def test_the_first_of_the_month_in_the_shipped_catalogues(
    language: Language, expected: str
) -> None:
    """French writes the first day as an ordinal; the others as the number."""
    with use_language(language):
        assert long_date(datetime.date(2026, 12, 1)) == expected
        assert "1er" not in long_date(datetime.date(2026, 12, 2))
